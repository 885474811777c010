using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>CHOOSE x \in S : P</c>; Binding.Domain is null for the unbounded form.</summary>
internal sealed record ChooseExpr(SourceSpan Span, Binding Binding, Expr Predicate) : Expr(Span);
