using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>[a |-&gt; 1, b |-&gt; 2]</c>.</summary>
internal sealed class RecordNode(SourceSpan span, string[] names, Node[] values) : Node(span)
{
    // Why sorted once here: every record this node builds shares one names array, so sets of them
    // sort and search without comparing field names (see FunctionValue.HasKeysOf).
    private readonly (StringValue[] Names, int[] Positions) _shape = RecordValue.SortNames(names);

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var v = new Value[values.Length];
        for (var i = 0; i < v.Length; i++)
        {
            v[_shape.Positions[i]] = values[i].Eval(ctx);
        }

        return RecordValue.FromSorted(_shape.Names, v);
    }
}
