namespace ModelCheck.Engine.Search;

/// <summary>Where a search's wall time went, for <c>--stats</c>; not part of any deterministic output.</summary>
/// <param name="ExpandSeconds">Computing successors, packing them and merging them into the seen set (by the workers).</param>
/// <param name="MergeSeconds">The part of <paramref name="ExpandSeconds"/> spent merging, by one thread at a time while the others expand.</param>
/// <param name="InvariantSeconds">Checking invariants on the new states (by the workers).</param>
/// <param name="Levels">Breadth-first levels expanded; each ends with a barrier.</param>
/// <param name="OnePass">True when one thread did everything in <paramref name="ExpandSeconds"/>, inserting and checking invariants as it went.</param>
internal sealed record PhaseTimes(double ExpandSeconds, double MergeSeconds, double InvariantSeconds, int Levels, bool OnePass);
