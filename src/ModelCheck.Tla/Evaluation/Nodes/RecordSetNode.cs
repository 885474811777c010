using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>[a : S, b : T]</c>.</summary>
internal sealed class RecordSetNode(SourceSpan span, string[] names, Node[] sets) : Node(span)
{
    // Why sorted here: a record set that depends on a bound name is built once per evaluation.
    private readonly (StringValue[] Names, int[] Positions) _shape = RecordValue.SortNames(names);

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var positions = _shape.Positions;
        var v = new SetValue[sets.Length];
        for (var i = 0; i < v.Length; i++)
        {
            v[positions[i]] = sets[i].EvalSet(ctx);
        }

        return new RecordSetValue(_shape.Names, v);
    }
}
