namespace ModelCheck.Engine.Values;

/// <summary><c>SUBSET S</c>: membership without enumerating the power set.</summary>
internal sealed class SubsetSet : SetValue
{
    /// <summary>Creates <c>SUBSET baseSet</c>.</summary>
    public SubsetSet(SetValue baseSet)
    {
        BaseSet = baseSet;
    }

    private MembershipMemo? _memo;
    private int _tests;

    /// <summary>S.</summary>
    public SetValue BaseSet { get; }

    /// <inheritdoc />
    public override bool IsFinite => BaseSet.IsFinite;

    /// <inheritdoc />
    public override long Count => BaseSet.Count >= 62 ? long.MaxValue : 1L << (int)BaseSet.Count;

    /// <inheritdoc />
    public override bool Contains(Value value)
    {
        if (value is not SetValue s)
        {
            return false;
        }

        var memo = MembershipMemo.After(ref _memo, ref _tests);
        foreach (var e in s.Enumerate().Elements)
        {
            if (!MembershipMemo.Contains(memo, BaseSet, e))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string Describe() => $"SUBSET {BaseSet.Describe()}";

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration()
    {
        var elements = BaseSet.Enumerate().Elements;
        if (elements.Length > 24)
        {
            throw new ValueException($"SUBSET of a set of {elements.Length} elements is too large to enumerate");
        }

        var count = 1 << elements.Length;
        var result = new Value[count];
        var buffer = new List<Value>(elements.Length);
        for (var mask = 0; mask < count; mask++)
        {
            buffer.Clear();
            for (var i = 0; i < elements.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    buffer.Add(elements[i]);
                }
            }

            // The elements come out of a sorted set in order, so each subset is already canonical.
            result[mask] = EnumeratedSet.FromSorted([.. buffer]);
        }

        return EnumeratedSet.FromUnsorted(result);
    }
}
