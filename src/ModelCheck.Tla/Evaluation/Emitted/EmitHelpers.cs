using System.Runtime.CompilerServices;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation.Nodes;

namespace ModelCheck.Tla.Evaluation.Emitted;

/// <summary>
/// What emitted code calls for the steps that are not plain arithmetic. Each does what the node's
/// <c>Eval</c> does in the usual case and returns a "bail out" answer (null or -1) for anything
/// else, an error included; the interpreter then evaluates the expression again and reports it.
/// </summary>
/// <remarks>
/// Why no exceptions escape: a bail-out must leave no trace, and emitted code has no handlers.
/// Why the common cases are inlined by force: the JIT compiles an emitted method once, without a
/// profile, and its size heuristics alone kept every helper a call.
/// </remarks>
internal static class EmitHelpers
{
    /// <summary><c>f[arg]</c>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value? Apply(Value f, Value arg) => f is TupleValue t ? t.TryApply(arg) : ApplyOther(f, arg);

    /// <summary>1 when <paramref name="e"/> is in <paramref name="set"/>, 0 when not, -1 to bail out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Member(Value set, Value e)
    {
        if (set is IntervalSet interval)
        {
            // Anything but an integer goes to the interpreter, which reports TLC's error.
            return InRange(e, interval.Low, interval.High);
        }

        return MemberOther(set, e);
    }

    /// <summary>1 when the integer <paramref name="e"/> is in <paramref name="low"/>..<paramref name="high"/>, 0 when not, -1 (bail out) when <paramref name="e"/> is not an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int InRange(Value e, long low, long high) => e is IntValue i ? (i.Value >= low && i.Value <= high ? 1 : 0) : -1;

    /// <summary>1 when equal, 0 when not, -1 to bail out (values TLC cannot compare).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Equal(Value a, Value b)
    {
        if (ReferenceEquals(a, b))
        {
            return 1;
        }

        if (a is IntValue x && b is IntValue y)
        {
            return x.Value == y.Value ? 1 : 0;
        }

        return EqualOther(a, b);
    }

    /// <summary>
    /// The number of elements of the quantifier domain <paramref name="domain"/>, or -1 to bail out;
    /// an interval gives its lower bound and no array, other sets their elements in canonical order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Domain(Value domain, out long low, out Value[]? elements)
    {
        if (domain is IntervalSet { Count: <= int.MaxValue / 2 } interval)
        {
            low = interval.Low;
            elements = null;
            return interval.Count;
        }

        low = 0;
        return DomainOther(domain, out elements);
    }

    /// <summary>Element <paramref name="k"/> of a domain described by <see cref="Domain"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Element(Value[]? elements, long low, long k) => elements is null ? IntValue.Of(low + k) : elements[k];

    /// <summary>
    /// For <c>[f EXCEPT ![key] = ...]</c>: 1 with the old value in <paramref name="old"/>, 0 when
    /// <paramref name="key"/> is outside the domain (f stays as it is), -1 to bail out.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ExceptOld(Value f, Value key, out Value? old)
    {
        if (f is TupleValue t)
        {
            old = t.TryApply(key);
            return old is null ? 0 : 1;
        }

        return ExceptOldOther(f, key, out old);
    }

    /// <summary><paramref name="f"/> with <paramref name="key"/> mapped to <paramref name="value"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value? ExceptSet(Value f, Value key, Value value) => f is TupleValue t ? t.Except(key, value) : ExceptSetOther(f, key, value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value? ExceptSetOther(Value f, Value key, Value value)
    {
        try
        {
            return ((FunctionValue)f).Except(key, value);
        }
        catch (ValueException)
        {
            return null;
        }
    }

    /// <summary><c>r.field</c> for the <see cref="FieldNode"/> <paramref name="node"/>, or null.</summary>
    public static Value? Field(Value r, Node node)
    {
        try
        {
            return ((FieldNode)node).Select(r);
        }
        catch (ValueException)
        {
            return null;
        }
    }

    /// <summary><c>a * b</c>, false on overflow.</summary>
    public static bool TryMultiply(long a, long b, out long product)
    {
        var high = Math.BigMul(a, b, out product);
        return high == (product >> 63);
    }

    /// <summary><c>a \div b</c> (rounding down), false when b is 0 or the quotient overflows.</summary>
    public static bool TryDivide(long a, long b, out long quotient)
    {
        if (b == 0 || (a == long.MinValue && b == -1))
        {
            quotient = 0;
            return false;
        }

        quotient = IntBinaryNode.FloorDiv(a, b);
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value? ApplyOther(Value f, Value arg) => f is FunctionValue fn ? TryApply(fn, arg) : null;

    private static Value? TryApply(FunctionValue f, Value arg)
    {
        try
        {
            return f.TryApply(arg);
        }
        catch (ValueException)
        {
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int MemberOther(Value set, Value e)
    {
        if (set is not SetValue s)
        {
            return -1;
        }

        try
        {
            return s.Contains(e) ? 1 : 0;
        }
        catch (ValueException)
        {
            return -1;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int EqualOther(Value a, Value b)
    {
        try
        {
            return a.Equals(b) ? 1 : 0;
        }
        catch (ValueException)
        {
            return -1;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long DomainOther(Value domain, out Value[]? elements)
    {
        elements = null;
        if (domain is not SetValue set)
        {
            return -1;
        }

        try
        {
            elements = set.Enumerate().Elements;
            return elements.Length;
        }
        catch (ValueException)
        {
            return -1;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ExceptOldOther(Value f, Value key, out Value? old)
    {
        old = null;
        if (f is not FunctionValue fn)
        {
            return -1;
        }

        try
        {
            old = fn.TryApply(key);
            return old is null ? 0 : 1;
        }
        catch (ValueException)
        {
            return -1;
        }
    }
}
