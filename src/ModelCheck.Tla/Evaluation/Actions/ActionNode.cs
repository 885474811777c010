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
}
