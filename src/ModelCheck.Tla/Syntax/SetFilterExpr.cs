using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>{x \in S : P}</c>, or <c>{&lt;&lt;x, y&gt;&gt; \in S : P}</c>. The binding has exactly one name or one tuple pattern.</summary>
internal sealed record SetFilterExpr(SourceSpan Span, Binding Binding, Expr Predicate) : Expr(Span);
