using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>A string literal, escapes already resolved.</summary>
internal sealed record StringExpr(SourceSpan Span, string Value) : Expr(Span);
