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
    public override bool Contains(Value value) => value is IntValue i && i.Value >= Low && i.Value <= High;

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
