using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary><c>lo..hi</c>, enumerated only when needed.</summary>
internal sealed class IntervalSet : SetValue
{
    /// <summary>Creates <c>lo..hi</c> (empty when hi &lt; lo).</summary>
    public IntervalSet(long low, long high)
    {
        Low = low;
        High = high;
    }

    /// <summary>The lower bound.</summary>
    public long Low { get; }

    /// <summary>The upper bound.</summary>
    public long High { get; }

    /// <inheritdoc />
    /// <remarks>
    /// Why saturated: for bounds far apart (<c>-9223372036854775808..9223372036854775807</c>) the
    /// count does not fit; it is then long.MaxValue, which is too large to enumerate anyway.
    /// </remarks>
    public override long Count => High < Low ? 0 : unchecked((ulong)(High - Low)) >= long.MaxValue ? long.MaxValue : High - Low + 1;

    /// <inheritdoc />
    /// <remarks>Inlined by force: the evaluator's fast paths call it on a known interval.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override bool Contains(Value value) => value is IntValue i ? i.Value >= Low && i.Value <= High : HoldsNonInteger(Low, High, value);

    /// <summary>
    /// Whether <paramref name="value"/>, not an integer, is in <paramref name="low"/>..<paramref name="high"/>:
    /// false for an empty interval or a model value; any other value fails, as in TLC.
    /// </summary>
    /// <remarks>
    /// Why fail: TLC stops with "Attempted to check if the value ... is in the integer interval" rather
    /// than answer FALSE, so a type invariant such as <c>x \in 0..3</c> with a string in <c>x</c> is an
    /// error there, and must be one here.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool HoldsNonInteger(long low, long high, Value value) =>
        low <= high && value is not ModelValue
            ? throw new ValueException(string.Create(CultureInfo.InvariantCulture, $"attempted to check if the value {value} is in the integer interval {low}..{high}"))
            : false;

    /// <inheritdoc />
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Low}..{High}");

    /// <inheritdoc />
    public override void Format(StringBuilder builder) => base.Format(builder);

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration()
    {
        if (Count > int.MaxValue / 2)
        {
            throw new ValueException($"the interval {Describe()} is too large to enumerate");
        }

        var elements = new Value[Count];
        for (var i = 0; i < elements.Length; i++)
        {
            elements[i] = IntValue.Of(Low + i);
        }

        return EnumeratedSet.FromSorted(elements);
    }
}
