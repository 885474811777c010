using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>[a |-&gt; 1, b |-&gt; 2]</c>.</summary>
internal sealed class RecordNode(SourceSpan span, string[] names, Node[] values) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var v = new Value[values.Length];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = values[i].Eval(ctx);
        }

        return RecordValue.Create(names, v);
    }
}
