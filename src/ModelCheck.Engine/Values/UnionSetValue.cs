namespace ModelCheck.Engine.Values;

/// <summary><c>S \cup T</c> where one side is infinite: membership only.</summary>
internal sealed class UnionSetValue(SetValue left, SetValue right) : SetValue
{
    /// <inheritdoc />
    public override bool IsFinite => left.IsFinite && right.IsFinite;

    /// <inheritdoc />
    public override bool Contains(Value value) => left.Contains(value) || right.Contains(value);

    /// <inheritdoc />
    public override string Describe() => $"{left.Describe()} \\cup {right.Describe()}";

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration()
    {
        return EnumeratedSet.Union(left.Enumerate(), right.Enumerate());
    }
}
