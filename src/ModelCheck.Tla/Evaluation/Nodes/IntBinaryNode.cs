using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>Integer arithmetic and comparison, with TLC's errors for overflow and division by zero.</summary>
internal sealed class IntBinaryNode(SourceSpan span, IntOperator op, Node left, Node right) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var a = left.EvalInt(ctx);
        var b = right.EvalInt(ctx);
        try
        {
            return op switch
            {
                IntOperator.Add => IntValue.Of(checked(a + b)),
                IntOperator.Subtract => IntValue.Of(checked(a - b)),
                IntOperator.Multiply => IntValue.Of(checked(a * b)),
                IntOperator.Divide => b == 0 ? DivideByZero() : IntValue.Of(FloorDiv(a, b)),
                IntOperator.Modulo => b <= 0 ? EvalErrors.Throw<Value>(Span, $"the second argument of % must be positive, found {b}") : IntValue.Of(((a % b) + b) % b),
                IntOperator.Power => IntValue.Of(Power(a, b)),
                IntOperator.Less => BoolValue.Of(a < b),
                IntOperator.LessOrEqual => BoolValue.Of(a <= b),
                IntOperator.Greater => BoolValue.Of(a > b),
                IntOperator.GreaterOrEqual => BoolValue.Of(a >= b),
                IntOperator.Range => new IntervalSet(a, b),
                _ => throw new InvalidOperationException(op.ToString()),
            };
        }
        catch (OverflowException)
        {
            return EvalErrors.Throw<Value>(Span, "integer overflow");
        }
    }

    private static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    private long Power(long a, long b)
    {
        if (b < 0)
        {
            return EvalErrors.Throw<long>(Span, "negative exponent");
        }

        long result = 1;
        for (var i = 0; i < b; i++)
        {
            result = checked(result * a);
        }

        return result;
    }

    private Value DivideByZero() => EvalErrors.Throw<Value>(Span, "division by zero");
}
