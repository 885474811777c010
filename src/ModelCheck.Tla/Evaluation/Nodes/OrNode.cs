using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>Disjunction, short-circuit, left to right.</summary>
internal sealed class OrNode(SourceSpan span, Node[] items) : Node(span)
{
    /// <summary>The disjuncts.</summary>
    public IReadOnlyList<Node> Items => items;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        foreach (var item in items)
        {
            if (item.EvalBool(ctx))
            {
                return BoolValue.True;
            }
        }

        return BoolValue.False;
    }
}
