namespace ModelCheck.Engine.Values;

/// <summary><c>[S -&gt; T]</c>: membership without enumeration; enumeration in canonical order on demand.</summary>
internal sealed class FunctionSetValue : SetValue
{
    /// <summary>Creates <c>[domain -&gt; range]</c>.</summary>
    public FunctionSetValue(SetValue domain, SetValue range)
    {
        DomainSet = domain;
        RangeSet = range;
    }

    private MembershipMemo? _memo;
    private int _tests;

    /// <summary>S.</summary>
    public SetValue DomainSet { get; }

    /// <summary>T.</summary>
    public SetValue RangeSet { get; }

    /// <inheritdoc />
    public override bool IsFinite => DomainSet.IsFinite && RangeSet.IsFinite;

    /// <inheritdoc />
    public override long Count
    {
        get
        {
            var d = DomainSet.Count;
            var r = RangeSet.Count;
            var total = 1L;
            for (var i = 0; i < d; i++)
            {
                total = r == 0 ? 0 : (total > long.MaxValue / Math.Max(r, 1) ? long.MaxValue : total * r);
            }

            return total;
        }
    }

    /// <inheritdoc />
    public override bool Contains(Value value)
    {
        if (value is not FunctionValue f)
        {
            return HoldsNonFunction(value, Describe());
        }

        if (!HasDomain(f, DomainSet))
        {
            return false;
        }

        var memo = MembershipMemo.After(ref _memo, ref _tests);
        for (int i = 0, n = f.Count; i < n; i++)
        {
            if (!MembershipMemo.Contains(memo, RangeSet, f.ValueAt(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string Describe() => $"[{DomainSet.Describe()} -> {RangeSet.Describe()}]";

    /// <summary>Whether the keys of <paramref name="f"/> are the elements of <paramref name="domain"/>.</summary>
    /// <remarks>
    /// Why apart, and before any value is tested: TLC compares the whole domain first, so a function
    /// with another domain is not a member even when one of its values could not be tested against
    /// the range (a string against an interval).
    /// </remarks>
    public static bool HasDomain(FunctionValue f, SetValue domain)
    {
        var keys = domain.Enumerate().Elements;
        if (f.Count != keys.Length)
        {
            return false;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            if (!f.KeyAt(i).Equals(keys[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="value"/>, not a function, is in the set of functions described by
    /// <paramref name="set"/>: false for a model value; anything else fails, as in TLC ("Attempted to
    /// check if ... which is not a TLC function value, is in the set of functions").
    /// </summary>
    public static bool HoldsNonFunction(Value value, string set) =>
        value is ModelValue ? false : throw new ValueException($"attempted to check if {value}, which is not a function, is in the set of functions {set}");

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration()
    {
        var domain = DomainSet.Enumerate();
        var range = RangeSet.Enumerate().Elements;
        var ranges = new Value[domain.Elements.Length][];
        Array.Fill(ranges, range);
        var count = Cartesian.Count(ranges, Describe);
        return EnumeratedSet.FromUnsorted(Cartesian.Combine(ranges, count, values => MapValue.Create(domain, values)));
    }
}
