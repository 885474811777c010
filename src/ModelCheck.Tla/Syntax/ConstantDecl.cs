using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>CONSTANT(S) a, F(_, _)</c>: one entry per declared name.</summary>
internal sealed record ConstantDecl(SourceSpan Span, ImmutableArray<OpDecl> Constants) : Unit(Span);
