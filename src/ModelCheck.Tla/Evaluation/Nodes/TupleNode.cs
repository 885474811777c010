using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>&lt;&lt;a, b&gt;&gt;</c>.</summary>
internal sealed class TupleNode(SourceSpan span, Node[] items) : Node(span)
{
    /// <summary>The element expressions.</summary>
    public Node[] Items { get; } = items;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        if (Items.Length == 0)
        {
            return TupleValue.Empty;
        }

        var values = new Value[Items.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Items[i].Eval(ctx);
        }

        return new TupleValue(values);
    }
}
