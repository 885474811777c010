using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>A predicate in an action: the enumeration goes on only when it is true.</summary>
internal sealed class GuardAction(SourceSpan span, Node predicate) : ActionNode(span)
{
    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        if (predicate.EvalBool(ctx))
        {
            next.Run(ctx);
        }
    }

    /// <inheritdoc />
    public override bool IsSingleChoice => true;

    /// <inheritdoc />
    public override bool Apply(EvalContext ctx) => predicate.EvalBool(ctx);
}
