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
            RunFrom(ctx, items, index, next);
        }
        finally
        {
            ctx.Frame = saved;
        }
    }

    /// <summary>
    /// Runs conjuncts <paramref name="index"/>.. in the current frame: single-choice ones in a loop,
    /// then the first that may branch with the rest as its continuation.
    /// </summary>
    public static void RunFrom(EvalContext ctx, ActionNode[] items, int index, Continuation next)
    {
        var mark = ctx.AssignedMark;
        try
        {
            while (index < items.Length && items[index].IsSingleChoice)
            {
                if (!items[index].Apply(ctx))
                {
                    return;
                }

                index++;
            }

            if (index == items.Length)
            {
                next.Run(ctx);
                return;
            }

            var rest = index + 1 == items.Length ? next : new ConjunctContinuation(items, index + 1, ctx.Frame, next);
            items[index].Enumerate(ctx, rest);
        }
        finally
        {
            ctx.UndoTo(mark);
        }
    }
}
