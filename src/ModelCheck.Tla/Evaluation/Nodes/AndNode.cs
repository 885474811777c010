using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>Conjunction, short-circuit, left to right.</summary>
internal sealed class AndNode(SourceSpan span, Node[] items) : Node(span)
{
    /// <summary>The conjuncts.</summary>
    public Node[] Items { get; } = items;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        foreach (var item in Items)
        {
            if (!item.EvalBool(ctx))
            {
                return BoolValue.False;
            }
        }

        return BoolValue.True;
    }
}
