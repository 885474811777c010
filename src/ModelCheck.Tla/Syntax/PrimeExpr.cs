using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>e'</c>.</summary>
internal sealed record PrimeExpr(SourceSpan Span, Expr Operand) : Expr(Span);
