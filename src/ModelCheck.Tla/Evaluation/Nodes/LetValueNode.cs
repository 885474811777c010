using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>
/// A zero-parameter LET definition that reads no primed variable: evaluated at its first use within
/// the LET and cached in a slot of the frame, as TLC evaluates it once per entry.
/// </summary>
internal sealed class LetValueNode(SourceSpan span, int hops, int index, Node body) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var frame = hops == 0 ? ctx.Frame : ctx.Frame.Up(hops);
        var cached = frame.Slots[index].Value;
        if (cached is not null)
        {
            return cached;
        }

        var value = hops == 0 ? body.Eval(ctx) : ctx.EvalIn(frame, body);
        frame.Slots[index].Value = value;
        return value;
    }
}
