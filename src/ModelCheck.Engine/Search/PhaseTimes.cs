namespace ModelCheck.Engine.Search;

/// <summary>Where a search's wall time went, for <c>--stats</c>; not part of any deterministic output.</summary>
/// <param name="ExpandSeconds">Computing successors, packing them, merging them into the seen set and checking the new states' invariants (by the workers).</param>
/// <param name="MergeSeconds">Workers' time spent merging, by one thread at a time while the others expand.</param>
/// <param name="InvariantSeconds">Workers' time spent checking invariants on the new states.</param>
/// <param name="Levels">Breadth-first levels expanded; each ends with a barrier.</param>
/// <param name="OnePass">True when one thread did everything in <paramref name="ExpandSeconds"/>, inserting and checking invariants as it went.</param>
internal sealed record PhaseTimes(double ExpandSeconds, double MergeSeconds, double InvariantSeconds, int Levels, bool OnePass);
