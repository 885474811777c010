namespace ModelCheck.Engine.Values;

/// <summary><c>[a : S, b : T]</c>: membership without enumeration.</summary>
internal sealed class RecordSetValue : SetValue
{
    private readonly StringValue[] _names;
    private readonly SetValue[] _sets;

    /// <summary>Creates the record set; fields in any order.</summary>
    public RecordSetValue(string[] names, SetValue[] sets)
    {
        var (sorted, positions) = RecordValue.SortNames(names);
        _names = sorted;
        _sets = new SetValue[sets.Length];
        for (var i = 0; i < sets.Length; i++)
        {
            _sets[positions[i]] = sets[i];
        }
    }

    /// <summary>
    /// Creates the record set from names already sorted and shared (<see cref="RecordValue.SortNames"/>)
    /// and the sets in their order; takes <paramref name="setsInNameOrder"/> as its own.
    /// </summary>
    /// <remarks>Why: a record set built per state (<c>[bal : {b}, ...]</c>) sorts and interns its names once, when compiled.</remarks>
    public RecordSetValue(StringValue[] sortedNames, SetValue[] setsInNameOrder)
    {
        _names = sortedNames;
        _sets = setsInNameOrder;
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
