using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation;

/// <summary>
/// One bound variable of a quantifier, set constructor or function constructor: a slot of the
/// current frame (or several, for a tuple pattern <c>&lt;&lt;a, b&gt;&gt; \in S</c>) and its domain.
/// </summary>
internal sealed class BoundVariable(SourceSpan span, int[] slots, Node domain)
{
    /// <summary>The slots, one unless the binding is a tuple pattern.</summary>
    public int[] Slots { get; } = slots;

    /// <summary>The domain expression.</summary>
    public Node Domain { get; } = domain;

    /// <summary>True for a tuple pattern.</summary>
    public bool IsTuple { get; init; }

    /// <summary>Assigns <paramref name="value"/> to the slots.</summary>
    public void Bind(Frame frame, Value value)
    {
        if (!IsTuple)
        {
            frame.Slots[Slots[0]].Value = value;
            return;
        }

        if (!FunctionValue.TryAsSequence(value, out var items) || items.Length != Slots.Length)
        {
            EvalErrors.Throw(span, $"cannot bind {Node.Describe(value)} to a tuple of {Slots.Length} names");
        }

        for (var i = 0; i < Slots.Length; i++)
        {
            frame.Slots[Slots[i]].Value = items[i];
        }
    }
}
