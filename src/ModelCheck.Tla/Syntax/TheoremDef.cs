using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>THEOREM</c>/<c>LEMMA</c>/<c>PROPOSITION</c>/<c>COROLLARY</c> with its proof, kept only so that a named theorem can be referred to. Body is null where the statement is an ASSUME/PROVE form.</summary>
internal sealed record TheoremDef(SourceSpan Span, string? Name, Expr? Body) : Unit(Span);
