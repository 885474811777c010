using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>LET defs IN body</c>. Definitions may be operators, functions, or (recursive) declarations.</summary>
internal sealed record LetExpr(SourceSpan Span, ImmutableArray<Unit> Definitions, Expr Body) : Expr(Span);
