namespace ModelCheck.Cli.Matrix;

/// <summary>What one cell of the matrix says about one property of one variant.</summary>
internal enum MatrixCellKind
{
    /// <summary>The variant's configuration does not list the property.</summary>
    NotListed,

    /// <summary>The property holds on every reachable state (or behaviour).</summary>
    Holds,

    /// <summary>The search found a counterexample.</summary>
    Violated,

    /// <summary>The search found a state without successors (the Deadlock column).</summary>
    Deadlocked,

    /// <summary>The checker cannot check this kind of property yet.</summary>
    Unsupported,

    /// <summary>The run stopped before it finished (Ctrl+C).</summary>
    Interrupted,

    /// <summary>The spec, the configuration or the evaluation failed; no verdict.</summary>
    Error,
}
