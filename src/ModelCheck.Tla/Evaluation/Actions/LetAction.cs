using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary><c>LET ... IN A</c> in an action.</summary>
internal sealed class LetAction(SourceSpan span, int[] cacheSlots, ActionNode body) : ActionNode(span)
{
    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        var slots = ctx.Frame.Slots;
        foreach (var s in cacheSlots)
        {
            slots[s].Value = null;
        }

        body.Enumerate(ctx, next);
    }
}
