using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>A reference through named instances: <c>I!Op(args)</c>, <c>I(p)!J!Op</c>. Each <see cref="InstanceStep"/> names an instance and its arguments.</summary>
internal sealed record QualifiedExpr(SourceSpan Span, ImmutableArray<InstanceStep> Path, string Name, ImmutableArray<Expr> Args) : Expr(Span);
