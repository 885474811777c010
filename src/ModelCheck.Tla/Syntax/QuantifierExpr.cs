using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>Bounded <c>\A</c> or <c>\E</c>: <c>\E x, y \in S, z \in T : body</c>.</summary>
internal sealed record QuantifierExpr(SourceSpan Span, bool IsForAll, ImmutableArray<Binding> Bindings, Expr Body) : Expr(Span);
