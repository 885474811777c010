using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>A parameter or bound variable, <c>Hops</c> static links up.</summary>
internal sealed class LocalNode(SourceSpan span, int hops, int index, string name) : Node(span)
{
    /// <summary>Static links to follow from the current frame.</summary>
    public int Hops => hops;

    /// <summary>The slot in that frame.</summary>
    public int Index => index;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) =>
        (hops == 0 ? ctx.Frame : ctx.Frame.Up(hops)).Slots[index].Value ?? EvalErrors.Throw<Value>(Span, $"{name} has no value here");
}
