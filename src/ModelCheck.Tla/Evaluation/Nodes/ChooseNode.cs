using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>CHOOSE x \in S : P</c>: the first element in canonical order, so the choice is deterministic.</summary>
internal sealed class ChooseNode(SourceSpan span, BoundVariable variable, Node predicate) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var elements = variable.Domain.EvalElements(ctx);
        var frame = ctx.Frame;
        foreach (var e in elements)
        {
            variable.Bind(frame, e);
            if (predicate.EvalBool(ctx))
            {
                return e;
            }
        }

        return EvalErrors.Throw<Value>(Span, "CHOOSE found no element of the set that satisfies the predicate");
    }
}
