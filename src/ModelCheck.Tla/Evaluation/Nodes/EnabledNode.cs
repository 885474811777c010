using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation.Actions;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>
/// <c>ENABLED A</c>: true when A has a successor from the current state. When A cannot be enumerated
/// on its own (it primes an expression that is not a variable, as an instantiated module's action
/// does under a refinement mapping), and a fallback is given, the successors of the spec's next-state
/// action are tried against A as a predicate of the step instead.
/// </summary>
internal sealed class EnabledNode(SourceSpan span, ActionNode action, Node? stepPredicate = null, ActionNode? specNext = null) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        try
        {
            return BoolValue.Of(Search(ctx, action, null));
        }
        catch (DiagnosticException e) when (e.Diagnostic.Code == EvalErrors.Unassigned && stepPredicate is not null && specNext is not null)
        {
            return BoolValue.Of(Search(ctx, specNext, stepPredicate));
        }
    }

    private static bool Search(EvalContext ctx, ActionNode enumerated, Node? predicate)
    {
        var savedNext = ctx.Next;
        var savedState = ctx.State;
        var savedFrame = ctx.Frame;
        var savedLabel = (ctx.ActionName, ctx.ActionFrame, ctx.ActionArity, ctx.ActionDepth);
        ctx.Next = new Value?[savedNext.Length];
        try
        {
            enumerated.Enumerate(ctx, new Found(predicate));
        }
        catch (FoundSignal)
        {
            return true;
        }
        finally
        {
            ctx.Next = savedNext;
            ctx.State = savedState;
            ctx.Frame = savedFrame;
            (ctx.ActionName, ctx.ActionFrame, ctx.ActionArity, ctx.ActionDepth) = savedLabel;
        }

        return false;
    }

    private sealed class Found(Node? predicate) : Continuation
    {
        // Why an exception: the first successor answers the question, and the enumeration is many
        // frames deep; unwinding once is cheaper than threading a stop flag through every node.
        public override void Run(EvalContext ctx)
        {
            if (predicate is null)
            {
                throw new FoundSignal();
            }

            var frame = ctx.Frame;
            ctx.Frame = EvalContext.RootFrame;
            try
            {
                if (predicate.EvalBool(ctx))
                {
                    throw new FoundSignal();
                }
            }
            finally
            {
                ctx.Frame = frame;
            }
        }
    }

    private sealed class FoundSignal : Exception
    {
    }
}
