namespace ModelCheck.Engine.Values;

/// <summary>
/// The kinds of TLA+ values, in the order used to compare values of different kinds.
/// </summary>
/// <remarks>
/// Why: sets are stored sorted, so every two values need a total order; values of different kinds
/// are never equal, so ordering by kind first is consistent with equality.
/// </remarks>
internal enum ValueKind
{
    /// <summary>TRUE and FALSE.</summary>
    Bool = 0,

    /// <summary>Integers.</summary>
    Int = 1,

    /// <summary>Strings.</summary>
    String = 2,

    /// <summary>Model values from the configuration.</summary>
    ModelValue = 3,

    /// <summary>Sets, enumerated or lazy.</summary>
    Set = 4,

    /// <summary>Functions, including tuples, sequences and records.</summary>
    Function = 5,
}
