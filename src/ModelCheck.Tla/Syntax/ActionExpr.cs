using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>[A]_v</c> (<see cref="IsBox"/> true) or <c>&lt;&lt;A&gt;&gt;_v</c>.</summary>
internal sealed record ActionExpr(SourceSpan Span, bool IsBox, Expr Action, Expr Subscript) : Expr(Span);
