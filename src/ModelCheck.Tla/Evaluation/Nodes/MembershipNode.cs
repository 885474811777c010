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

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var e = Element.Eval(ctx);
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
