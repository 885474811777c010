using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>r.field</c>.</summary>
internal sealed record FieldExpr(SourceSpan Span, Expr Record, string Field) : Expr(Span);
