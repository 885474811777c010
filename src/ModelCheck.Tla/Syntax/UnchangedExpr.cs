using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>UNCHANGED e</c>.</summary>
internal sealed record UnchangedExpr(SourceSpan Span, Expr Operand) : Expr(Span);
