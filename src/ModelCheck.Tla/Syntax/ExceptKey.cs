using System.Collections.Immutable;

namespace ModelCheck.Tla.Syntax;

/// <summary>One step of an EXCEPT path: <c>.field</c> (Field set, Index empty) or <c>[a]</c> / <c>[a, b]</c> (Index set).</summary>
internal sealed record ExceptKey(string? Field, ImmutableArray<Expr> Index);
