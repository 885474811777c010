using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>A predicate in an action: the enumeration goes on only when it is true.</summary>
internal sealed class GuardAction(SourceSpan span, Node predicate) : ActionNode(span)
{
    // Why emitted: a guard runs once per state for each way of reaching it.
    private readonly Node _predicate = Emitted.EmittedNode.Wrap(predicate);

    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        if (_predicate.EvalBool(ctx))
        {
            next.Run(ctx);
        }
    }

    /// <inheritdoc />
    public override bool IsSingleChoice => true;

    /// <inheritdoc />
    public override bool Apply(EvalContext ctx) => _predicate.EvalBool(ctx);
}
