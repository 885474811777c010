using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>
/// <c>x' = e</c>: assigns x' when it has no value yet, otherwise checks it. For
/// <c>x' = [x EXCEPT ![k] = e]</c> the value may be left unbuilt (see <see cref="ExceptChange"/>).
/// </summary>
internal sealed class AssignAction(SourceSpan span, int variable, Node value) : ActionNode(span)
{
    // Why emitted: the right-hand side of x' = e runs once per successor.
    private readonly Node _value = Emitted.EmittedNode.Wrap(value);
    private readonly ExceptChange? _change = ExceptChange.Of(variable, value);

    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        var current = ctx.ReadNext(variable);
        if (current is null)
        {
            Assign(ctx);
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
        var current = ctx.ReadNext(variable);
        if (current is not null)
        {
            return current.Equals(_value.Eval(ctx));
        }

        Assign(ctx);
        ctx.Assigned(variable);
        return true;
    }

    private void Assign(EvalContext ctx)
    {
        if (_change is null || !_change.TryAssign(ctx, variable))
        {
            ctx.SetNext(variable, _value.Eval(ctx));
        }
    }
}
