namespace ModelCheck.Cli.Matrix;

/// <summary>How a matrix column is checked.</summary>
internal enum MatrixColumnKind
{
    /// <summary>An INVARIANT: a state predicate, checked by breadth-first search.</summary>
    Invariant,

    /// <summary>Deadlock freedom, for configurations that check it.</summary>
    Deadlock,

    /// <summary>A PROPERTY: a temporal formula.</summary>
    Property,
}
