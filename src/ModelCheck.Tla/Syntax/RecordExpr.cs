using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>[a |-&gt; 1, b |-&gt; 2]</c>, fields in source order.</summary>
internal sealed record RecordExpr(SourceSpan Span, ImmutableArray<FieldInit> Fields) : Expr(Span);
