namespace ModelCheck.Engine.Values;

/// <summary><c>S \ T</c> where S is infinite (e.g. <c>Nat \ {0}</c>): membership only.</summary>
internal sealed class DifferenceSetValue(SetValue left, SetValue right) : SetValue
{
    /// <inheritdoc />
    public override bool IsFinite => left.IsFinite;

    /// <inheritdoc />
    public override bool Contains(Value value) => left.Contains(value) && !right.Contains(value);

    /// <inheritdoc />
    public override string Describe() => $"{left.Describe()} \\ {right.Describe()}";

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration()
    {
        var kept = new List<Value>();
        foreach (var e in left.Enumerate().Elements)
        {
            if (!right.Contains(e))
            {
                kept.Add(e);
            }
        }

        return EnumeratedSet.FromSorted([.. kept]);
    }
}
