namespace ModelCheck.Engine.Values;

/// <summary>
/// A function defined by a rule, evaluated per argument and memoised: recursive function
/// definitions (<c>f[n \in Nat] == ... f[n-1] ...</c>) whose domain may be infinite.
/// </summary>
internal sealed class LazyFunctionValue : FunctionValue
{
    private readonly Func<Value, Value> _rule;
    private readonly Dictionary<Value, Value> _memo = [];
    private FunctionValue? _materialised;

    /// <summary>Creates the function on <paramref name="domain"/> with images given by <paramref name="rule"/>.</summary>
    public LazyFunctionValue(SetValue domain, Func<Value, Value> rule)
    {
        DomainSet = domain;
        _rule = rule;
    }

    /// <summary>The domain, possibly infinite.</summary>
    public SetValue DomainSet { get; }

    /// <inheritdoc />
    public override SetValue Domain => DomainSet;

    /// <inheritdoc />
    public override int Count => Materialise().Count;

    /// <inheritdoc />
    public override Value KeyAt(int index) => Materialise().KeyAt(index);

    /// <inheritdoc />
    public override Value ValueAt(int index) => Materialise().ValueAt(index);

    /// <inheritdoc />
    public override Value? TryApply(Value key)
    {
        if (!DomainSet.Contains(key))
        {
            return null;
        }

        lock (_memo)
        {
            if (_memo.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var value = _rule(key);
        lock (_memo)
        {
            _memo[key] = value;
        }

        return value;
    }

    /// <inheritdoc />
    public override FunctionValue Except(Value key, Value newValue) => Materialise().Except(key, newValue);

    /// <inheritdoc />
    public override int PositionOf(Value key) => Materialise().PositionOf(key);

    /// <inheritdoc />
    public override FunctionValue WithValueAt(int index, Value newValue) => Materialise().WithValueAt(index, newValue);

    private FunctionValue Materialise()
    {
        if (_materialised is null)
        {
            var domain = DomainSet.Enumerate();
            var values = new Value[domain.Elements.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = TryApply(domain.Elements[i])!;
            }

            _materialised = MapValue.Create(domain, values);
        }

        return _materialised;
    }
}
