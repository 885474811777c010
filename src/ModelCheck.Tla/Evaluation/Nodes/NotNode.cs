using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>~e</c>.</summary>
internal sealed class NotNode(SourceSpan span, Node operand) : Node(span)
{
    /// <summary>The operand.</summary>
    public Node Operand => operand;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) => BoolValue.Of(!operand.EvalBool(ctx));
}
