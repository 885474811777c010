using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>{e : x \in S, y \in T}</c>.</summary>
internal sealed record SetMapExpr(SourceSpan Span, Expr Body, ImmutableArray<Binding> Bindings) : Expr(Span);
