using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>[a : S, b : T]</c>.</summary>
internal sealed class RecordSetNode(SourceSpan span, string[] names, Node[] sets) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var v = new SetValue[sets.Length];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = sets[i].EvalSet(ctx);
        }

        return new RecordSetValue(names, v);
    }
}
