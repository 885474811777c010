using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>RECURSIVE F(_), G</c>.</summary>
internal sealed record RecursiveDecl(SourceSpan Span, ImmutableArray<OpDecl> Operators) : Unit(Span);
