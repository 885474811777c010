using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>e'</c> for a general expression: evaluates e with the next state as the current one.</summary>
internal sealed class PrimeNode(SourceSpan span, Node operand) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        // Why build first: e' reads the next state as a state, with no look at what stands in it.
        ctx.BuildDeferred();
        var saved = ctx.State;
        ctx.State = ctx.Next;
        try
        {
            return operand.Eval(ctx);
        }
        finally
        {
            ctx.State = saved;
        }
    }
}
