using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>{x \in S : P}</c>.</summary>
internal sealed class SetFilterNode(SourceSpan span, BoundVariable variable, Node predicate) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var elements = variable.Domain.EvalElements(ctx);
        var frame = ctx.Frame;
        var kept = new List<Value>();
        foreach (var e in elements)
        {
            variable.Bind(frame, e);
            if (predicate.EvalBool(ctx))
            {
                kept.Add(e);
            }
        }

        // A subset of a sorted set keeps its order.
        return EnumeratedSet.FromSorted([.. kept]);
    }
}
