namespace ModelCheck.Engine.Values;

/// <summary><c>S \X T \X U</c>: a set of tuples, membership without enumeration.</summary>
internal sealed class ProductSetValue : SetValue
{
    private readonly SetValue[] _factors;

    /// <summary>Creates the product of <paramref name="factors"/>.</summary>
    public ProductSetValue(SetValue[] factors)
    {
        _factors = factors;
    }

    /// <inheritdoc />
    public override bool IsFinite
    {
        get
        {
            foreach (var s in _factors)
            {
                if (!s.IsFinite)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <inheritdoc />
    public override bool Contains(Value value)
    {
        if (!FunctionValue.TryAsSequence(value, out var items) || items.Length != _factors.Length)
        {
            return false;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (!_factors[i].Contains(items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string Describe()
    {
        var parts = new string[_factors.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = _factors[i].Describe();
        }

        return string.Join(" \\X ", parts);
    }

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration()
    {
        var ranges = new Value[_factors.Length][];
        for (var i = 0; i < ranges.Length; i++)
        {
            ranges[i] = _factors[i].Enumerate().Elements;
        }

        var count = Cartesian.Count(ranges, Describe);
        return EnumeratedSet.FromUnsorted(Cartesian.Combine(ranges, count, static values => new TupleValue(values)));
    }
}
