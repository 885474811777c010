using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>WF_v(A)</c> or <c>SF_v(A)</c>.</summary>
internal sealed record FairnessExpr(SourceSpan Span, bool IsStrong, Expr Subscript, Expr Action) : Expr(Span);
