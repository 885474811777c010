using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>IF c THEN a ELSE b</c>.</summary>
internal sealed class IfNode(SourceSpan span, Node condition, Node then, Node otherwise) : Node(span)
{
    /// <summary>The condition.</summary>
    public Node Condition => condition;

    /// <summary>The value when the condition holds.</summary>
    public Node Then => then;

    /// <summary>The value otherwise.</summary>
    public Node Otherwise => otherwise;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) => condition.EvalBool(ctx) ? then.Eval(ctx) : otherwise.Eval(ctx);
}
