using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>Base of every TLA+ expression node.</summary>
internal abstract record Expr(SourceSpan Span);
