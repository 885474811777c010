using System.Collections.Immutable;

namespace ModelCheck.Tla.Syntax;

/// <summary>One <c>!path = value</c> clause of an EXCEPT.</summary>
internal sealed record ExceptUpdate(ImmutableArray<ExceptKey> Path, Expr Value);
