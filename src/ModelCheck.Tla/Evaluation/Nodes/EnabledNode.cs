using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation.Actions;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>ENABLED A</c>: true when A has a successor from the current state.</summary>
internal sealed class EnabledNode(SourceSpan span, ActionNode action) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var savedNext = ctx.Next;
        var savedState = ctx.State;
        var savedLabel = (ctx.ActionName, ctx.ActionFrame, ctx.ActionArity, ctx.ActionDepth);
        ctx.Next = new Value?[savedNext.Length];
        var found = new Found();
        try
        {
            action.Enumerate(ctx, found);
        }
        catch (FoundSignal)
        {
            return BoolValue.True;
        }
        finally
        {
            ctx.Next = savedNext;
            ctx.State = savedState;
            (ctx.ActionName, ctx.ActionFrame, ctx.ActionArity, ctx.ActionDepth) = savedLabel;
        }

        return BoolValue.False;
    }

    private sealed class Found : Continuation
    {
        // Why an exception: the first successor answers the question, and the enumeration is many
        // frames deep; unwinding once is cheaper than threading a stop flag through every node.
        public override void Run(EvalContext ctx) => throw new FoundSignal();
    }

    private sealed class FoundSignal : Exception
    {
    }
}
