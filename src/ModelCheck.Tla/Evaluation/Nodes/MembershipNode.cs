using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>a \in S</c> or <c>a \notin S</c>, without enumerating lazy sets.</summary>
internal sealed class MembershipNode(SourceSpan span, Node element, Node set, bool negate) : Node(span)
{
    /// <summary>The element.</summary>
    public Node Element { get; } = element;

    /// <summary>The set.</summary>
    public Node Set { get; } = set;

    /// <summary>True for <c>\notin</c>.</summary>
    public bool Negate { get; } = negate;

    // Why apart: x \in a..b with bounds read from the state (TypeOK's 0..newest) is common, and
    // building the interval to ask it allocated a set per check; the bounds are compared directly,
    // evaluated in the same order and with the same errors as the interval's.
    private readonly IntBinaryNode? _range = set as IntBinaryNode is { Operator: IntOperator.Range } r ? r : null;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var e = Element.Eval(ctx);
        if (_range is { } range)
        {
            var low = range.Left.EvalInt(ctx);
            var high = range.Right.EvalInt(ctx);
            return BoolValue.Of((e is IntValue i && i.Value >= low && i.Value <= high) != Negate);
        }

        var s = Set.EvalSet(ctx);
        try
        {
            return BoolValue.Of(s.Contains(e) != Negate);
        }
        catch (ValueException x)
        {
            return EvalErrors.Throw<Value>(Span, x.Message);
        }
    }
}
