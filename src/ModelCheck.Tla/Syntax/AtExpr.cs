using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>@</c> inside an EXCEPT value: the old value at the path.</summary>
internal sealed record AtExpr(SourceSpan Span) : Expr(Span);
