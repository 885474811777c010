using System.Collections.Immutable;

namespace ModelCheck.Engine.Liveness;

/// <summary>
/// The negation of one temporal property part, as the shape of a violating fair behaviour: a stem
/// through <see cref="Phases"/>, then a cycle that stays in <see cref="CycleFilter"/> states, uses
/// no edge with an <see cref="ExcludedEdgeAtoms"/> atom, and visits a state satisfying each of
/// <see cref="CycleMustVisit"/>. With no phases the cycle part starts at an initial state.
/// </summary>
/// <param name="Property">The configuration's property name.</param>
/// <param name="Part">The part of the property this obligation checks, as written.</param>
/// <param name="Kind">The pattern, e.g. <c>P ~&gt; Q</c> or <c>[]&lt;&gt;P</c>, for messages and vacuity checks.</param>
/// <param name="Phases">The stem phases.</param>
/// <param name="CycleFilter">States the cycle part (from its entry on) may visit.</param>
/// <param name="ExcludedEdgeAtoms">Edge atoms that the cycle's edges must not satisfy.</param>
/// <param name="CycleMustVisit">Conditions each met by some state of the cycle.</param>
/// <param name="Vacuity">When set: the condition whose absence (or, with <see cref="VacuousIfEverywhere"/>, whose presence everywhere) makes the property hold vacuously.</param>
/// <param name="VacuousIfEverywhere">See <see cref="Vacuity"/>.</param>
internal sealed record LivenessObligation(
    string Property,
    string Part,
    ObligationKind Kind,
    ImmutableArray<ObligationPhase> Phases,
    AtomCondition CycleFilter,
    uint ExcludedEdgeAtoms,
    ImmutableArray<AtomCondition> CycleMustVisit,
    AtomCondition? Vacuity = null,
    bool VacuousIfEverywhere = false)
{
    /// <summary>What the initial state of a violating behaviour must satisfy (for <c>P =&gt; F</c>).</summary>
    public AtomCondition Initial { get; init; } = AtomCondition.True;
}
