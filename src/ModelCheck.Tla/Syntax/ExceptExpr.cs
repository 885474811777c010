using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>[f EXCEPT ![a].b = e, ![c] = @ + 1]</c>.</summary>
internal sealed record ExceptExpr(SourceSpan Span, Expr Function, ImmutableArray<ExceptUpdate> Updates) : Expr(Span);
