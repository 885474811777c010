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
            _names[i] = StringValue.Of(names[i]);
        }

        _sets = (SetValue[])sets.Clone();
        Array.Sort(_names, _sets, StringValueComparer.Instance);
        _names = RecordValue.InternNames(_names);
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
        var ranges = new Value[_sets.Length][];
        for (var i = 0; i < ranges.Length; i++)
        {
            ranges[i] = _sets[i].Enumerate().Elements;
        }

        var count = Cartesian.Count(ranges, Describe);
        var names = _names;
        return EnumeratedSet.FromUnsorted(Cartesian.Combine(ranges, count, values => RecordValue.FromSorted(names, values)));
    }
}
