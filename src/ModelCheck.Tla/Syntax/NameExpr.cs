using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>A bare identifier: a variable, constant, bound name, zero-arity operator, or a built-in such as TRUE, Nat or BOOLEAN.</summary>
internal sealed record NameExpr(SourceSpan Span, string Name) : Expr(Span);
