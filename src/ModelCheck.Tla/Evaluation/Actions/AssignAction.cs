using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary><c>x' = e</c>: assigns x' when it has no value yet, otherwise checks it.</summary>
internal sealed class AssignAction(SourceSpan span, int variable, Node value) : ActionNode(span)
{
    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        var current = ctx.Next[variable];
        if (current is null)
        {
            ctx.SetNext(variable, value.Eval(ctx));
            try
            {
                next.Run(ctx);
            }
            finally
            {
                ctx.Next[variable] = null;
            }
        }
        else if (current.Equals(value.Eval(ctx)))
        {
            next.Run(ctx);
        }
    }

    /// <inheritdoc />
    public override bool IsSingleChoice => true;

    /// <inheritdoc />
    public override bool Apply(EvalContext ctx)
    {
        var current = ctx.Next[variable];
        if (current is not null)
        {
            return current.Equals(value.Eval(ctx));
        }

        ctx.SetNext(variable, value.Eval(ctx));
        ctx.Assigned(variable);
        return true;
    }
}
