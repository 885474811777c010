using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>A value known at compile time.</summary>
internal sealed class ConstantNode(SourceSpan span, Value value) : Node(span)
{
    /// <summary>The value.</summary>
    public Value Value { get; } = value;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) => Value;
}
