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
        var n = _factors.Length;
        var ranges = new Value[n][];
        long count = 1;
        for (var i = 0; i < n; i++)
        {
            ranges[i] = _factors[i].Enumerate().Elements;
            count *= ranges[i].Length;
            if (count > 5_000_000)
            {
                throw new ValueException($"the product {Describe()} is too large to enumerate");
            }
        }

        var result = new Value[count];
        var digits = new int[n];
        for (var k = 0; k < count; k++)
        {
            var values = new Value[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = ranges[i][digits[i]];
            }

            result[k] = new TupleValue(values);
            for (var i = n - 1; i >= 0; i--)
            {
                if (++digits[i] < ranges[i].Length)
                {
                    break;
                }

                digits[i] = 0;
            }
        }

        return EnumeratedSet.FromUnsorted(result);
    }
}
