using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>LET ... IN body</c>: clears the cached definition slots, then evaluates the body.</summary>
internal sealed class LetNode(SourceSpan span, int[] cacheSlots, Node body) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var slots = ctx.Frame.Slots;
        foreach (var s in cacheSlots)
        {
            slots[s].Value = null;
        }

        return body.Eval(ctx);
    }
}
