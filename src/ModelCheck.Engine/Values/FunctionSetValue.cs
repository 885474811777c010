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
            return false;
        }

        var domain = DomainSet.Enumerate().Elements;
        if (f.Count != domain.Length)
        {
            return false;
        }

        for (var i = 0; i < domain.Length; i++)
        {
            if (!f.KeyAt(i).Equals(domain[i]) || !RangeSet.Contains(f.ValueAt(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string Describe() => $"[{DomainSet.Describe()} -> {RangeSet.Describe()}]";

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration()
    {
        var domain = DomainSet.Enumerate();
        var range = RangeSet.Enumerate().Elements;
        var count = Count;
        if (count > 5_000_000)
        {
            throw new ValueException($"the function set {Describe()} has {count} elements, too many to enumerate");
        }

        var n = domain.Elements.Length;
        var result = new Value[count];
        var digits = new int[n];
        for (var k = 0; k < count; k++)
        {
            var values = new Value[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = range[digits[i]];
            }

            result[k] = MapValue.Create(domain, values);
            for (var i = n - 1; i >= 0; i--)
            {
                if (++digits[i] < range.Length)
                {
                    break;
                }

                digits[i] = 0;
            }
        }

        return EnumeratedSet.FromUnsorted(result);
    }
}
