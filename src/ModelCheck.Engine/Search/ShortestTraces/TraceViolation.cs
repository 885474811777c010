namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>What a safety counterexample shows.</summary>
/// <param name="Kind">How the trace ends.</param>
/// <param name="Property">The index of the invariant or action property violated; -1 for a deadlock.</param>
internal sealed record TraceViolation(ViolationKind Kind, int Property);
