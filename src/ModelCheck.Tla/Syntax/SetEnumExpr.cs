using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>{a, b, c}</c>, possibly empty.</summary>
internal sealed record SetEnumExpr(SourceSpan Span, ImmutableArray<Expr> Elements) : Expr(Span);
