namespace ModelCheck.Engine.Search;

/// <summary>How to search.</summary>
/// <param name="Workers">Threads expanding states; results do not depend on it.</param>
/// <param name="CheckDeadlock">Report states without successors, TLC's default.</param>
/// <param name="MaxDistinctStates">Stop (as <see cref="Verdict.Interrupted"/>) beyond this many distinct states; 0 for no limit.</param>
/// <param name="Fingerprints">Match states by 64-bit fingerprints instead of exactly (the store also switches by itself for states wider than 64 bytes).</param>
internal sealed record SearchOptions(int Workers = 1, bool CheckDeadlock = true, long MaxDistinctStates = 0, bool Fingerprints = false);
