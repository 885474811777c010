using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>[x \in S, y \in T |-&gt; e]</c>.</summary>
internal sealed record FunctionExpr(SourceSpan Span, ImmutableArray<Binding> Bindings, Expr Body) : Expr(Span);
