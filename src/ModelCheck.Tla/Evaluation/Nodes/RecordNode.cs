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
        EvalInto(ctx, v);
        return RecordValue.FromSorted(_shape.Names, v);
    }

    /// <summary>The field names, sorted and interned: those of every record this node builds.</summary>
    public StringValue[] Names => _shape.Names;

    /// <summary>Evaluates the fields, in source order, into <paramref name="target"/> in the order of <see cref="Names"/>.</summary>
    public void EvalInto(EvalContext ctx, Span<Value> target)
    {
        var positions = _shape.Positions;
        for (var i = 0; i < values.Length; i++)
        {
            target[positions[i]] = values[i].Eval(ctx);
        }
    }
}
