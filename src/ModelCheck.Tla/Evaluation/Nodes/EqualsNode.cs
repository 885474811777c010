using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>a = b</c> or <c>a /= b</c>.</summary>
internal sealed class EqualsNode(SourceSpan span, Node left, Node right, bool negate) : Node(span)
{
    /// <summary>The left operand.</summary>
    public Node Left { get; } = left;

    /// <summary>The right operand.</summary>
    public Node Right { get; } = right;

    /// <summary>True for <c>/=</c>.</summary>
    public bool Negate { get; } = negate;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var a = Left.Eval(ctx);
        var b = Right.Eval(ctx);
        bool equal;
        try
        {
            equal = a.Equals(b);
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<Value>(Span, e.Message);
        }

        return BoolValue.Of(equal != Negate);
    }
}
