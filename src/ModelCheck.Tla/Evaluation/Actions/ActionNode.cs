using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>
/// A compiled action (or initial predicate) that enumerates the ways it can hold: each assignment
/// of the unassigned primed variables for which it is true, handed to a continuation.
/// </summary>
/// <remarks>
/// Why continuations: a conjunction's later conjuncts must run once per choice made by the earlier
/// ones (<c>x' \in S /\ y' = x' + 1</c>), exactly as TLC enumerates; a continuation chain does that
/// without building intermediate sets of partial states.
/// </remarks>
internal abstract class ActionNode(SourceSpan span)
{
    /// <summary>Where the action is, for errors.</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>Calls <paramref name="next"/> once per way the action holds, with ctx.Next extended.</summary>
    public abstract void Enumerate(EvalContext ctx, Continuation next);

    /// <summary>True when the action holds in at most one way (a guard, x' = e, UNCHANGED), so <see cref="Apply"/> may be used.</summary>
    public virtual bool IsSingleChoice => false;

    /// <summary>
    /// For a <see cref="IsSingleChoice"/> action: makes its one choice, recording each variable it
    /// assigns with <see cref="EvalContext.Assigned"/>, and returns whether the action holds.
    /// The caller undoes the assignments with <see cref="EvalContext.UndoTo"/>.
    /// </summary>
    /// <remarks>
    /// Why: a conjunction of guards and assignments then runs in a loop, where a continuation object
    /// per conjunct per state was a fifth of everything PaxosCommit allocated.
    /// </remarks>
    public virtual bool Apply(EvalContext ctx) => throw new InvalidOperationException($"{GetType().Name} is not a single-choice action");
}
