using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>{a, b, c}</c>.</summary>
internal sealed class SetEnumNode(SourceSpan span, Node[] items) : Node(span)
{
    /// <summary>The elements, as written.</summary>
    public IReadOnlyList<Node> Items => items;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        if (items.Length == 0)
        {
            return EnumeratedSet.Empty;
        }

        var values = new Value[items.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = items[i].Eval(ctx);
        }

        // Why caught here: sorting compares the elements, and comparing sets that hold infinite
        // ones fails; the error belongs to this expression.
        try
        {
            return EnumeratedSet.FromUnsorted(values);
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<Value>(Span, e.Message);
        }
    }
}
