namespace ModelCheck.Engine.Values;

/// <summary><c>[a : S, b : T]</c>: membership without enumeration.</summary>
internal sealed class RecordSetValue : SetValue
{
    private readonly StringValue[] _names;
    private readonly SetValue[] _sets;

    /// <summary>Creates the record set; fields in any order.</summary>
    public RecordSetValue(string[] names, SetValue[] sets)
    {
        _names = new StringValue[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            _names[i] = new StringValue(names[i]);
        }

        _sets = (SetValue[])sets.Clone();
        Array.Sort(_names, _sets, StringValueComparer.Instance);
    }

    /// <inheritdoc />
    public override bool IsFinite
    {
        get
        {
            foreach (var s in _sets)
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
        if (value is not FunctionValue f || f.Count != _names.Length)
        {
            return false;
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (!f.KeyAt(i).Equals(_names[i]) || !_sets[i].Contains(f.ValueAt(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string Describe()
    {
        var parts = new string[_names.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = $"{_names[i].Value} : {_sets[i].Describe()}";
        }

        return $"[{string.Join(", ", parts)}]";
    }

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration()
    {
        var n = _names.Length;
        var ranges = new Value[n][];
        long count = 1;
        for (var i = 0; i < n; i++)
        {
            ranges[i] = _sets[i].Enumerate().Elements;
            count *= ranges[i].Length;
            if (count > 5_000_000)
            {
                throw new ValueException($"the record set {Describe()} is too large to enumerate");
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

            result[k] = RecordValue.FromSorted(_names, values);
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
