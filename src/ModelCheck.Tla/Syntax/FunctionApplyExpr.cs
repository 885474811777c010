using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>f[a]</c> or <c>f[a, b]</c> (the latter applies f to the tuple <c>&lt;&lt;a, b&gt;&gt;</c>).</summary>
internal sealed record FunctionApplyExpr(SourceSpan Span, Expr Function, ImmutableArray<Expr> Args) : Expr(Span);
