using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>
/// A recursive function definition <c>f[x \in S] == ... f[...] ...</c>: a lazy, memoised function
/// whose rule evaluates the body in a frame of its own, linked to the defining frame.
/// </summary>
internal sealed class RecursiveFunctionNode(SourceSpan span, Node domain, int frameSize, int selfSlot, Node body) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var domainSet = domain.EvalSet(ctx);
        var parent = ctx.Frame;
        var state = ctx.State;
        var next = ctx.Next;
        var variableCount = ctx.Next.Length;
        LazyFunctionValue? self = null;
        self = new LazyFunctionValue(domainSet, arg =>
        {
            // Why a context made here becomes the thread's for the call: the applications nested in
            // it then count their depth in one context (see EvalContext.MaxCallDepth).
            var current = EvalContext.Current;
            var ctx = current ?? new EvalContext(variableCount);
            if (current is null)
            {
                EvalContext.Current = ctx;
            }

            var frame = new Frame(frameSize, parent);
            frame.Slots[0].Value = arg;
            frame.Slots[selfSlot].Value = self;
            var saved = (ctx.Frame, ctx.State, ctx.Next);
            ctx.EnterCall(Span);
            ctx.Frame = frame;
            ctx.State = state;
            ctx.Next = next;
            try
            {
                // Why: the rule runs later, maybe while x' = [x EXCEPT ...] stands unbuilt in the
                // next state it captured, and reads that state as a state if it was defined in e'.
                // Only this thread's own next state: a constant rule shared by the workers may have
                // captured another worker's, which that worker is writing.
                ctx.BuildDeferred();
                return body.Eval(ctx);
            }
            finally
            {
                ctx.LeaveCall();
                (ctx.Frame, ctx.State, ctx.Next) = saved;
                if (current is null)
                {
                    EvalContext.Current = null;
                }
            }
        });
        return self;
    }
}
