namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>The conjuncts after the current one, in the frame they belong to.</summary>
/// <remarks>
/// Why reused: one was made for every branching conjunct followed by others (an <c>\E</c> before
/// <c>UNCHANGED</c>), for every state; a tenth of the DnsRace bench's allocations. A continuation is
/// only run while the conjunct it was made for enumerates, so it is spare again once that returns
/// (kept in the worker's <see cref="SpareStack{T}"/>).
/// </remarks>
internal sealed class ConjunctContinuation : Continuation
{
    private ActionNode[] _items = [];
    private int _index;
    private Frame? _frame;
    private Continuation? _next;

    /// <inheritdoc />
    public override void Run(EvalContext ctx)
    {
        var saved = ctx.Frame;
        ctx.Frame = _frame!;
        try
        {
            RunFrom(ctx, _items, _index, _next!);
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

            if (index + 1 == items.Length)
            {
                items[index].Enumerate(ctx, next);
                return;
            }

            var rest = Rent(ctx, items, index + 1, next);
            try
            {
                items[index].Enumerate(ctx, rest);
            }
            finally
            {
                Return(ctx, rest);
            }
        }
        finally
        {
            ctx.UndoTo(mark);
        }
    }

    private static ConjunctContinuation Rent(EvalContext ctx, ActionNode[] items, int index, Continuation next)
    {
        var rest = ctx.SpareConjuncts.Take() ?? new ConjunctContinuation();
        rest._items = items;
        rest._index = index;
        rest._frame = ctx.Frame;
        rest._next = next;
        return rest;
    }

    private static void Return(EvalContext ctx, ConjunctContinuation rest)
    {
        rest._frame = null;
        rest._next = null;
        ctx.SpareConjuncts.Give(rest);
    }
}
