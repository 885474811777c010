using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>ASSUME e</c> or <c>ASSUMPTION e</c>, optionally named (<c>ASSUME N == e</c>).</summary>
internal sealed record AssumeDef(SourceSpan Span, string? Name, Expr Condition) : Unit(Span);
