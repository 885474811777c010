namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>The chosen shortest trace, as state ids and actors, with what the note reports.</summary>
/// <param name="Path">The states as global ids, first one initial; for an action property, without the last step's target.</param>
/// <param name="Actors">The acting process of each step (for an action property, the last step's too).</param>
/// <param name="LastOrdinal">For an action property, the position of the last step among the successors of the path's last state; -1 otherwise.</param>
/// <param name="Switches">How often the acting process changes along the trace: the fewest possible.</param>
/// <param name="Traces">How many shortest traces show the violation (saturated at <see cref="FewestSwitches.CountCap"/>).</param>
internal sealed record Choice(int[] Path, int[] Actors, int LastOrdinal, int Switches, long Traces);
