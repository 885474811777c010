using System.Collections.Immutable;
using ModelCheck.Engine.Liveness;

namespace ModelCheck.Cli.Replay;

/// <summary>What replaying a trace found.</summary>
/// <param name="SpecActions">For each state checked, how the spec produces it: <c>Initial predicate</c>, an action label, or <c>Stuttering</c>.</param>
/// <param name="FailedState">The 0-based index of the first state that is not initial or not a successor; null when the whole trace is a behaviour.</param>
/// <param name="Failure">Why that state fails, in a sentence.</param>
/// <param name="Closest">The nearest candidate the spec offers there, described by its differences; null when there is none.</param>
/// <param name="ViolatingState">The 0-based index of the first state that violates an invariant, or null.</param>
/// <param name="ViolatedInvariant">That invariant's name, or null.</param>
/// <param name="Warnings">Things worth knowing that do not make the trace invalid (a label that differs from the spec's, ignored variables).</param>
internal sealed record ReplayOutcome(
    ImmutableArray<string> SpecActions,
    int? FailedState,
    string? Failure,
    string? Closest,
    int? ViolatingState,
    string? ViolatedInvariant,
    ImmutableArray<string> Warnings)
{
    /// <summary>
    /// The 0-based index of the state that the first step violating an action property leads to;
    /// the number of states for the step that closes a lasso. Null when no step violates one.
    /// </summary>
    public int? ViolatingStep { get; init; }

    /// <summary>That action property's name, or null.</summary>
    public string? ViolatedActionProperty { get; init; }

    /// <summary>
    /// For a model with temporal properties, what the trace shows about them: as an infinite
    /// behaviour when it is a lasso, about its first state only when it is not; null without them.
    /// </summary>
    public LassoVerdict? Temporal { get; init; }
}
