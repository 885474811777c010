namespace ModelCheck.Engine.Liveness;

/// <summary>
/// A conjunction of literals over a state's atoms: the atoms in <see cref="Required"/> must hold and
/// those in <see cref="Forbidden"/> must not. The empty condition holds everywhere.
/// </summary>
internal readonly record struct AtomCondition(ulong Required, ulong Forbidden)
{
    /// <summary>The condition that always holds.</summary>
    public static AtomCondition True => default;

    /// <summary>True when the condition constrains nothing.</summary>
    public bool IsTrue => Required == 0 && Forbidden == 0;

    /// <summary>Evaluates the condition on a state's atom bits.</summary>
    public bool Holds(ulong atoms) => (atoms & Required) == Required && (atoms & Forbidden) == 0;

    /// <summary>The conjunction of two conditions.</summary>
    public AtomCondition And(AtomCondition other) => new(Required | other.Required, Forbidden | other.Forbidden);

    /// <summary>A condition that atom <paramref name="atom"/> holds.</summary>
    public static AtomCondition Is(int atom) => new(1UL << atom, 0);

    /// <summary>A condition that atom <paramref name="atom"/> does not hold.</summary>
    public static AtomCondition Not(int atom) => new(0, 1UL << atom);
}
