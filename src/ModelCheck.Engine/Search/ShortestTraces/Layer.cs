namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>
/// The states first reached after the same number of steps, with the steps into them from the layer
/// before and, per state and acting process, the fewest switches of a path that ends there.
/// </summary>
/// <remarks>
/// Why flat arrays: a layer can hold a million states; per-state objects would cost more than the
/// states themselves.
/// </remarks>
internal sealed class Layer
{
    /// <summary>The states, as global ids, in the order they were first reached (the search's order).</summary>
    public List<int> States { get; } = [];

    /// <summary>For each state (by position), where its incoming steps start in <see cref="InPredecessor"/>; one more entry at the end.</summary>
    public int[] InStart { get; set; } = [];

    /// <summary>The predecessor of each incoming step, as a global id, grouped by target and in the order found.</summary>
    public int[] InPredecessor { get; set; } = [];

    /// <summary>The acting process of each incoming step.</summary>
    public int[] InActor { get; set; } = [];

    /// <summary>For each state, where its (actor, cost) entries start; one more entry at the end.</summary>
    public int[] NodeStart { get; set; } = [];

    /// <summary>The acting process of the last step of the paths an entry stands for.</summary>
    public int[] NodeActor { get; set; } = [];

    /// <summary>The fewest switches of a shortest path to the state whose last step is by <see cref="NodeActor"/>.</summary>
    public int[] NodeCost { get; set; } = [];

    /// <summary>The fewest switches of any shortest path to each state.</summary>
    public int[] MinCost { get; set; } = [];

    /// <summary>The number of shortest paths (as sequences of states) to each state, saturated at <see cref="FewestSwitches.CountCap"/>.</summary>
    public long[] PathCount { get; set; } = [];
}
