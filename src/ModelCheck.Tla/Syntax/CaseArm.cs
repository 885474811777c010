namespace ModelCheck.Tla.Syntax;

/// <summary>One <c>guard -&gt; value</c> arm of a CASE.</summary>
internal sealed record CaseArm(Expr Guard, Expr Value);
