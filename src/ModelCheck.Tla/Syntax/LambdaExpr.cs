using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>LAMBDA x, y : body</c>, only as an argument of a higher-order operator.</summary>
internal sealed record LambdaExpr(SourceSpan Span, ImmutableArray<string> Params, Expr Body) : Expr(Span);
