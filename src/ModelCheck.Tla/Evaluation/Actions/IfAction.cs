using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary><c>IF c THEN A ELSE B</c> in an action.</summary>
internal sealed class IfAction(SourceSpan span, Node condition, ActionNode then, ActionNode otherwise) : ActionNode(span)
{
    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        if (condition.EvalBool(ctx))
        {
            then.Enumerate(ctx, next);
        }
        else
        {
            otherwise.Enumerate(ctx, next);
        }
    }
}
