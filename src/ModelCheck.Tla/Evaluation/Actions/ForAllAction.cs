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
    /// <remarks>
    /// Why the binding is left in place: as with the conjunct chain, the conjuncts after the
    /// <c>\A</c> and the emitted state still see the last element bound; a value built in the body
    /// that reads the variable lazily (a recursive function) is forced only when the state is packed.
    /// </remarks>
    public override bool Apply(EvalContext ctx)
    {
        var frame = ctx.Frame;
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
