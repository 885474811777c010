namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>How a safety counterexample ends, which decides which shortest traces are alternatives to it.</summary>
internal enum ViolationKind
{
    /// <summary>The last state violates an invariant.</summary>
    Invariant,

    /// <summary>The last state has no successor.</summary>
    Deadlock,

    /// <summary>The last step violates an action property.</summary>
    ActionProperty,
}
