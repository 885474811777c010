using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>a &lt;=&gt; b</c>.</summary>
internal sealed class EquivNode(SourceSpan span, Node left, Node right) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) => BoolValue.Of(left.EvalBool(ctx) == right.EvalBool(ctx));
}
