using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>A standard-module operator with eagerly evaluated arguments.</summary>
internal sealed class BuiltinNode(SourceSpan span, string name, BuiltinImplementation implementation, Node[] args) : Node(span)
{
    // Why apart: S \subseteq a..b with bounds read from the state (DnsRace's TypeOK has
    // plans \subseteq 1..newest) built an interval per check to ask it. S and the bounds are
    // evaluated in the same order, with the same errors; a set of integers is tested against the
    // bounds, and anything else is given to the operator with the interval built, as before.
    private readonly IntBinaryNode? _subsetOfRange =
        name == "\\subseteq" && args is [_, IntBinaryNode { Operator: IntOperator.Range } range] ? range : null;

    /// <summary>The operator's TLA+ name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        if (_subsetOfRange is { } range)
        {
            return EvalSubsetOfRange(ctx, range);
        }

        if (args.Length > BuiltinArguments.Length)
        {
            return Invoke(ctx, EvalArguments(ctx, new Value[args.Length]));
        }

        var buffer = default(BuiltinArguments);
        return Invoke(ctx, EvalArguments(ctx, ((Span<Value>)buffer)[..args.Length]));
    }

    private Span<Value> EvalArguments(EvalContext ctx, Span<Value> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = args[i].Eval(ctx);
        }

        return values;
    }

    private Value Invoke(EvalContext ctx, ReadOnlySpan<Value> values)
    {
        try
        {
            return implementation(ctx, Span, values);
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<Value>(Span, e.Message);
        }
    }

    private Value EvalSubsetOfRange(EvalContext ctx, IntBinaryNode range)
    {
        var s = args[0].Eval(ctx);
        var low = range.Left.EvalInt(ctx);
        var high = range.Right.EvalInt(ctx);
        if (s is EnumeratedSet set && AllIntegers(set))
        {
            foreach (var e in set.Elements)
            {
                var i = ((IntValue)e).Value;
                if (i < low || i > high)
                {
                    return BoolValue.False;
                }
            }

            return BoolValue.True;
        }

        return Invoke(ctx, [s, new IntervalSet(low, high)]);
    }

    private static bool AllIntegers(EnumeratedSet set)
    {
        foreach (var e in set.Elements)
        {
            if (e is not IntValue)
            {
                return false;
            }
        }

        return true;
    }
}
