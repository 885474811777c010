using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>a &lt;- e</c> in an INSTANCE ... WITH. Name may be an operator symbol.</summary>
internal sealed record Substitution(SourceSpan Span, string Name, Expr Value);
