using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>Unbounded <c>\A x : P</c>, <c>\E x : P</c>, and temporal <c>\AA</c>/<c>\EE</c>. Only meaningful in temporal formulas and proofs.</summary>
internal sealed record UnboundedQuantifierExpr(SourceSpan Span, bool IsForAll, bool IsTemporal, ImmutableArray<string> Names, Expr Body) : Expr(Span);
