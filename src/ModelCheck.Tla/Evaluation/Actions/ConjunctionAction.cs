using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary><c>A /\ B /\ C</c>: each conjunct runs once per choice of the ones before it.</summary>
internal sealed class ConjunctionAction(SourceSpan span, ActionNode[] items) : ActionNode(span)
{
    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next) => ConjunctContinuation.RunFrom(ctx, items, 0, next);
}
