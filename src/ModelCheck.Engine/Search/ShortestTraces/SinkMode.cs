namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>What a pass over a layer computes for each of its states.</summary>
internal enum SinkMode
{
    /// <summary>The steps into the next layer, with their acting process.</summary>
    Steps,

    /// <summary>Whether the state violates the invariant (no successors are computed).</summary>
    Invariant,

    /// <summary>The number of successors, for deadlock.</summary>
    CountOnly,

    /// <summary>The steps that violate the action property.</summary>
    ActionProperty,
}
