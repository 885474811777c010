using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>IF c THEN a ELSE b</c>.</summary>
internal sealed record IfExpr(SourceSpan Span, Expr Condition, Expr Then, Expr Else) : Expr(Span);
