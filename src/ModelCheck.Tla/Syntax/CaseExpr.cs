using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>CASE p1 -&gt; e1 [] p2 -&gt; e2 [] OTHER -&gt; e</c>.</summary>
internal sealed record CaseExpr(SourceSpan Span, ImmutableArray<CaseArm> Arms, Expr? Other) : Expr(Span);
