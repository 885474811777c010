using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>CASE</c>: the first true guard in order (TLC's choice), else OTHER, else an error.</summary>
internal sealed class CaseNode(SourceSpan span, Node[] guards, Node[] values, Node? other) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        for (var i = 0; i < guards.Length; i++)
        {
            if (guards[i].EvalBool(ctx))
            {
                return values[i].Eval(ctx);
            }
        }

        return other is not null ? other.Eval(ctx) : EvalErrors.Throw<Value>(Span, "no CASE guard is true and there is no OTHER");
    }
}
