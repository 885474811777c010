using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>VARIABLE(S) x, y</c>.</summary>
internal sealed record VariableDecl(SourceSpan Span, ImmutableArray<string> Names) : Unit(Span);
