using System.Collections.Immutable;

namespace ModelCheck.Engine.Search;

/// <summary>
/// A behaviour that shows a violation: states from an initial state, and for a lasso the index of the
/// state the last one loops back to and the action of that closing step.
/// </summary>
/// <param name="Variables">Variable names, in the order of each state's values.</param>
/// <param name="Steps">The states, first one initial.</param>
/// <param name="LoopIndex">For a lasso, the 0-based index of the state the behaviour returns to after the last state; null otherwise.</param>
/// <param name="Stuttering">For a lasso, true when the behaviour ends by repeating its last state forever (then <see cref="LoopIndex"/> is the last index).</param>
/// <param name="ClosingAction">
/// For a lasso that does not stutter, the action of the step from the last state back to
/// <see cref="LoopIndex"/>, labelled as <see cref="TraceStep.Action"/> is; null otherwise or when
/// unknown (a trace read from another tool). Why here: the writers render labels, they compute none.
/// </param>
internal sealed record Counterexample(
    ImmutableArray<string> Variables,
    ImmutableArray<TraceStep> Steps,
    int? LoopIndex = null,
    bool Stuttering = false,
    string? ClosingAction = null)
{
    /// <summary>The number of states as TLC counts them: a stuttering end counts as one more state.</summary>
    public int TlcLength => Steps.Length + (Stuttering ? 1 : 0);
}
