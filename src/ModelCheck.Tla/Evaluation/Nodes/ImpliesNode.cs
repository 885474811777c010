using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>a =&gt; b</c>, short-circuit.</summary>
internal sealed class ImpliesNode(SourceSpan span, Node left, Node right) : Node(span)
{
    /// <summary>The premise.</summary>
    public Node Left => left;

    /// <summary>The conclusion.</summary>
    public Node Right => right;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) => BoolValue.Of(!left.EvalBool(ctx) || right.EvalBool(ctx));
}
