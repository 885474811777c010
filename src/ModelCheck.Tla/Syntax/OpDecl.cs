using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>A declared (not defined) operator name with its arity, as in <c>CONSTANT F(_, _)</c> or a higher-order parameter.</summary>
internal sealed record OpDecl(SourceSpan Span, string Name, int Arity);
