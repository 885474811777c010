using System.Runtime.CompilerServices;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>Integer arithmetic and comparison, with TLC's errors for overflow and division by zero.</summary>
internal sealed class IntBinaryNode(SourceSpan span, IntOperator op, Node left, Node right) : Node(span)
{
    /// <summary>The operator.</summary>
    public IntOperator Operator => op;

    /// <summary>The left operand.</summary>
    public Node Left => left;

    /// <summary>The right operand.</summary>
    public Node Right => right;

    /// <inheritdoc />
    /// <remarks>
    /// Why no try block and no <c>checked</c> here: overflow is tested by hand, so this method, which
    /// runs for most successors of most specs, stays free of exception-handling regions.
    /// </remarks>
    public override Value Eval(EvalContext ctx)
    {
        var a = left.EvalInt(ctx);
        var b = right.EvalInt(ctx);
        switch (op)
        {
            case IntOperator.Add:
            {
                var sum = unchecked(a + b);
                return ((a ^ sum) & (b ^ sum)) < 0 ? Overflow() : IntValue.Of(sum);
            }

            case IntOperator.Subtract:
            {
                var difference = unchecked(a - b);
                return ((a ^ b) & (a ^ difference)) < 0 ? Overflow() : IntValue.Of(difference);
            }

            case IntOperator.Modulo:
            {
                if (b <= 0)
                {
                    return NotPositiveModulus(b);
                }

                var remainder = a % b;
                return IntValue.Of(remainder < 0 ? remainder + b : remainder);
            }

            case IntOperator.Less:
                return BoolValue.Of(a < b);
            case IntOperator.LessOrEqual:
                return BoolValue.Of(a <= b);
            case IntOperator.Greater:
                return BoolValue.Of(a > b);
            case IntOperator.GreaterOrEqual:
                return BoolValue.Of(a >= b);
            case IntOperator.Range:
                return new IntervalSet(a, b);
            default:
                return EvalRare(a, b);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value EvalRare(long a, long b)
    {
        try
        {
            return op switch
            {
                IntOperator.Multiply => IntValue.Of(checked(a * b)),
                IntOperator.Divide => b == 0 ? DivideByZero() : IntValue.Of(FloorDiv(a, b)),
                IntOperator.Power => IntValue.Of(Power(a, b)),
                _ => throw new InvalidOperationException(op.ToString()),
            };
        }
        catch (OverflowException)
        {
            return Overflow();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value Overflow() => EvalErrors.Throw<Value>(Span, "integer overflow");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value NotPositiveModulus(long b) => EvalErrors.Throw<Value>(Span, $"the second argument of % must be positive, found {b}");

    /// <summary><c>a \div b</c>, rounding down; b is not 0 and the quotient fits (the caller's invariant).</summary>
    public static long FloorDiv(long a, long b)
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
