using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary><c>x' = e</c>: assigns x' when it has no value yet, otherwise checks it.</summary>
internal sealed class AssignAction(SourceSpan span, int variable, Node value) : ActionNode(span)
{
    // Why emitted: the right-hand side of x' = e runs once per successor.
    private readonly Node _value = Emitted.EmittedNode.Wrap(value);

    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        var current = ctx.Next[variable];
        if (current is null)
        {
            ctx.SetNext(variable, _value.Eval(ctx));
            try
            {
                next.Run(ctx);
            }
            finally
            {
                ctx.Next[variable] = null;
            }
        }
        else if (current.Equals(_value.Eval(ctx)))
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
            return current.Equals(_value.Eval(ctx));
        }

        ctx.SetNext(variable, _value.Eval(ctx));
        ctx.Assigned(variable);
        return true;
    }
}
