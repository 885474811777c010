using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>[]P</c> (<see cref="IsAlways"/> true) or <c>&lt;&gt;P</c>. <c>~&gt;</c>, <c>-+-&gt;</c> and <c>ENABLED</c> are <see cref="ApplyExpr"/>s.</summary>
internal sealed record TemporalExpr(SourceSpan Span, bool IsAlways, Expr Operand) : Expr(Span);
