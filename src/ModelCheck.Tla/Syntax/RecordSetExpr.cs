using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>[a : S, b : T]</c>, fields in source order.</summary>
internal sealed record RecordSetExpr(SourceSpan Span, ImmutableArray<FieldInit> Fields) : Expr(Span);
