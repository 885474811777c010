using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>&lt;&lt;a, b&gt;&gt;</c>, possibly empty.</summary>
internal sealed record TupleExpr(SourceSpan Span, ImmutableArray<Expr> Elements) : Expr(Span);
