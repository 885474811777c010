namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>The counterexample to show and the line that says how it was chosen.</summary>
/// <param name="Trace">The shortest counterexample with the fewest switches of acting process (the original one when the search was skipped).</param>
/// <param name="Note">One line for the reader, or null when there was nothing to choose (a single acting process).</param>
internal sealed record FewestSwitchesOutcome(Counterexample Trace, string? Note);
