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
        var first = Step.Rent(ctx, this, elements, 0, ctx.Frame, next);
        try
        {
            first.Run(ctx);
        }
        finally
        {
            Step.Return(ctx, first);
        }
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

    /// <summary>The conjunction for the elements from <c>index</c> on, as the continuation of the body for the one before.</summary>
    /// <remarks>
    /// Why reused (through the worker's <see cref="SpareStack{T}"/>): one was made per element for every state, as was
    /// an array to save the binding; a step runs only while the body it was given to enumerates.
    /// </remarks>
    internal sealed class Step : Continuation
    {
        private ForAllAction? _owner;
        private Value[] _elements = [];
        private int _index;
        private Frame? _frame;
        private Continuation? _next;

        public static Step Rent(EvalContext ctx, ForAllAction owner, Value[] elements, int index, Frame frame, Continuation next)
        {
            var step = ctx.SpareForAllSteps.Take() ?? new Step();
            step._owner = owner;
            step._elements = elements;
            step._index = index;
            step._frame = frame;
            step._next = next;
            return step;
        }

        public static void Return(EvalContext ctx, Step step)
        {
            step._owner = null;
            step._elements = [];
            step._frame = null;
            step._next = null;
            ctx.SpareForAllSteps.Give(step);
        }

        public override void Run(EvalContext ctx)
        {
            var (owner, elements, index, frame, next) = (_owner!, _elements, _index, _frame!, _next!);
            if (index == elements.Length)
            {
                next.Run(ctx);
                return;
            }

            var saved = ctx.Frame;
            ctx.Frame = frame;
            var slots = owner.Variable.Slots;
            var single = slots.Length == 1 ? frame.Slots[slots[0]].Value : null;
            var several = slots.Length == 1 ? null : owner.SaveSlots(frame);
            var rest = Rent(ctx, owner, elements, index + 1, frame, next);
            try
            {
                owner.Variable.Bind(frame, elements[index]);
                owner.Body.Enumerate(ctx, rest);
            }
            finally
            {
                Return(ctx, rest);

                // Why restore: the conjunct for an earlier element may still be enumerating choices
                // with its own binding once this one returns.
                if (several is null)
                {
                    frame.Slots[slots[0]].Value = single;
                }
                else
                {
                    owner.RestoreSlots(frame, several);
                }

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
