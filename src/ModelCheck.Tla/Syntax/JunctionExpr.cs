using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>A conjunction or disjunction list, flattened: bulleted lists and chains of infix <c>/\</c> or <c>\/</c> of the same kind both become one node with items in order.</summary>
internal sealed record JunctionExpr(SourceSpan Span, bool IsConjunction, ImmutableArray<Expr> Items) : Expr(Span);
