using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>[S -&gt; T]</c>.</summary>
internal sealed record FunctionSetExpr(SourceSpan Span, Expr Domain, Expr Range) : Expr(Span);
