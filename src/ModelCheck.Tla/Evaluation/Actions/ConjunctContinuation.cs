namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>The conjuncts after the current one, in the frame they belong to.</summary>
internal sealed class ConjunctContinuation(ActionNode[] items, int index, Frame frame, Continuation next) : Continuation
{
    /// <inheritdoc />
    public override void Run(EvalContext ctx)
    {
        var saved = ctx.Frame;
        ctx.Frame = frame;
        try
        {
            var rest = index + 1 == items.Length ? next : new ConjunctContinuation(items, index + 1, frame, next);
            items[index].Enumerate(ctx, rest);
        }
        finally
        {
            ctx.Frame = saved;
        }
    }
}
