using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>An integer literal.</summary>
internal sealed record NumberExpr(SourceSpan Span, long Value) : Expr(Span);
