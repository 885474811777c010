using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Engine.Search;

/// <summary>What a search found, with TLC's counts.</summary>
/// <param name="Verdict">The outcome.</param>
/// <param name="DistinctStates">TLC's "distinct states found".</param>
/// <param name="GeneratedStates">TLC's "states generated": initial states plus every successor computed, duplicates included.</param>
/// <param name="Depth">TLC's depth: the number of breadth-first levels reached (an initial state is at depth 1).</param>
/// <param name="LeftOnQueue">States found but not yet expanded when the search stopped.</param>
/// <param name="ViolatedProperty">The invariant violated, for safety failures.</param>
/// <param name="Error">The run-time error, for evaluation errors.</param>
/// <param name="Trace">The counterexample, when there is one.</param>
/// <param name="Stats">Memory figures.</param>
internal sealed record SearchResult(
    Verdict Verdict,
    long DistinctStates,
    long GeneratedStates,
    int Depth,
    long LeftOnQueue,
    string? ViolatedProperty,
    Diagnostic? Error,
    Counterexample? Trace,
    StoreStatistics Stats)
{
    /// <summary>What kind of property <see cref="ViolatedProperty"/> is: "invariant", "action property" or "temporal property".</summary>
    public string PropertyKind { get; init; } = "invariant";

    /// <summary>Where the wall time went, for --stats; null when the search did not run.</summary>
    public PhaseTimes? Phases { get; init; }

    /// <summary>The liveness check's details, when it ran.</summary>
    public TemporalReport? Temporal { get; init; }

    /// <summary>
    /// How <see cref="Trace"/> was chosen among the shortest counterexamples (one line, e.g. "Among 6
    /// shortest traces, this one switches process 1 time (the fewest)."), or null.
    /// </summary>
    public string? TraceNote { get; init; }

    /// <summary>Why the property is false in the trace's last state or step: lines starting with "Why:", or null.</summary>
    public string? Explanation { get; init; }
}
