using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>
/// <c>\A x \in S : A</c> in an action: the conjunction of A for every element, enumerated as TLC does,
/// so that a disjunction inside A multiplies the successors (and TLC's "states generated").
/// </summary>
internal sealed class ForAllAction(SourceSpan span, BoundVariable variable, ActionNode body) : ActionNode(span)
{
    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        if (body.IsSingleChoice)
        {
            var mark = ctx.AssignedMark;
            try
            {
                if (Apply(ctx))
                {
                    next.Run(ctx);
                }
            }
            finally
            {
                ctx.UndoTo(mark);
            }

            return;
        }

        var elements = variable.Domain.EvalElements(ctx);
        new Step(this, elements, 0, ctx.Frame, next).Run(ctx);
    }

    /// <inheritdoc />
    public override bool IsSingleChoice => body.IsSingleChoice;

    /// <inheritdoc />
    public override bool Apply(EvalContext ctx)
    {
        var frame = ctx.Frame;
        if (variable.Slots.Length == 1)
        {
            // Why: the usual \A x binds one slot, saved without an array.
            var index = variable.Slots[0];
            var saved = frame.Slots[index].Value;
            try
            {
                return ApplyEach(ctx, frame);
            }
            finally
            {
                frame.Slots[index].Value = saved;
            }
        }

        var slots = SaveSlots(frame);
        try
        {
            return ApplyEach(ctx, frame);
        }
        finally
        {
            RestoreSlots(frame, slots);
        }
    }

    private bool ApplyEach(EvalContext ctx, Frame frame)
    {
        foreach (var e in variable.Domain.EvalElements(ctx))
        {
            variable.Bind(frame, e);
            if (!body.Apply(ctx))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Step(ForAllAction owner, Value[] elements, int index, Frame frame, Continuation next) : Continuation
    {
        public override void Run(EvalContext ctx)
        {
            if (index == elements.Length)
            {
                next.Run(ctx);
                return;
            }

            var saved = ctx.Frame;
            ctx.Frame = frame;
            var slots = owner.SaveSlots(frame);
            try
            {
                owner.Variable.Bind(frame, elements[index]);
                owner.Body.Enumerate(ctx, new Step(owner, elements, index + 1, frame, next));
            }
            finally
            {
                // Why restore: the conjunct for an earlier element may still be enumerating choices
                // with its own binding once this one returns.
                owner.RestoreSlots(frame, slots);
                ctx.Frame = saved;
            }
        }
    }

    private BoundVariable Variable => variable;

    private ActionNode Body => body;

    private Value?[] SaveSlots(Frame frame)
    {
        var saved = new Value?[variable.Slots.Length];
        for (var i = 0; i < saved.Length; i++)
        {
            saved[i] = frame.Slots[variable.Slots[i]].Value;
        }

        return saved;
    }

    private void RestoreSlots(Frame frame, Value?[] saved)
    {
        for (var i = 0; i < saved.Length; i++)
        {
            frame.Slots[variable.Slots[i]].Value = saved[i];
        }
    }
}
