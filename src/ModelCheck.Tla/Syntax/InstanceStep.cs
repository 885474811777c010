using System.Collections.Immutable;

namespace ModelCheck.Tla.Syntax;

/// <summary>One step of a qualified name: an instance name and the arguments of a parameterised instance.</summary>
internal sealed record InstanceStep(string Name, ImmutableArray<Expr> Args);
