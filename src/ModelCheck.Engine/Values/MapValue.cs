namespace ModelCheck.Engine.Values;

/// <summary>A general function with a finite domain, as sorted keys and their images.</summary>
internal sealed class MapValue : FunctionValue
{
    private readonly EnumeratedSet _domain;
    private readonly Value[] _values;

    /// <summary>Creates the function; <paramref name="values"/>[i] is the image of the i-th element of <paramref name="domain"/>.</summary>
    public MapValue(EnumeratedSet domain, Value[] values)
    {
        _domain = domain;
        _values = values;
    }

    /// <inheritdoc />
    public override int Count => _values.Length;

    /// <inheritdoc />
    public override SetValue Domain => _domain;

    /// <summary>
    /// The canonical representation of a function on <paramref name="domain"/>: a tuple when the
    /// domain is 1..n, a record when every key is a string, otherwise a map.
    /// </summary>
    public static FunctionValue Create(EnumeratedSet domain, Value[] values)
    {
        var keys = domain.Elements;
        if (keys.Length == 0)
        {
            return TupleValue.Empty;
        }

        var isSequence = true;
        var isRecord = true;
        for (var i = 0; i < keys.Length; i++)
        {
            isSequence &= keys[i] is IntValue k && k.Value == i + 1;
            isRecord &= keys[i] is StringValue;
        }

        if (isSequence)
        {
            return new TupleValue(values);
        }

        if (isRecord)
        {
            var names = new StringValue[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                names[i] = (StringValue)keys[i];
            }

            return RecordValue.FromSorted(names, values);
        }

        return new MapValue(domain, values);
    }

    /// <inheritdoc />
    public override Value KeyAt(int index) => _domain.Elements[index];

    /// <inheritdoc />
    public override Value ValueAt(int index) => _values[index];

    /// <inheritdoc />
    public override Value? TryApply(Value key)
    {
        var i = _domain.IndexOf(key);
        return i >= 0 ? _values[i] : null;
    }

    /// <inheritdoc />
    public override FunctionValue Except(Value key, Value newValue)
    {
        var i = PositionOf(key);
        return i < 0 ? this : WithValueAt(i, newValue);
    }

    /// <inheritdoc />
    public override int PositionOf(Value key) => _domain.IndexOf(key);

    /// <inheritdoc />
    public override FunctionValue WithValueAt(int index, Value newValue) => new MapValue(_domain, CopyWith(_values, index, newValue));

    /// <inheritdoc />
    protected override bool HasKeysOf(FunctionValue other) => other is MapValue m && ReferenceEquals(m._domain, _domain);
}
