using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>A standard-module operator with eagerly evaluated arguments.</summary>
internal sealed class BuiltinNode(SourceSpan span, string name, BuiltinImplementation implementation, Node[] args) : Node(span)
{
    /// <summary>The operator's TLA+ name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var values = args.Length == 0 ? [] : new Value[args.Length];

        // Why a span: a store into the Value[] would check each argument's type (see EvalContext.SetNext).
        Span<Value> slots = values;
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = args[i].Eval(ctx);
        }

        try
        {
            return implementation(ctx, Span, values);
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<Value>(Span, e.Message);
        }
    }
}
