namespace ModelCheck.Engine.Values;

/// <summary>The canonical total order on values, as an <see cref="IComparer{T}"/> that does not box.</summary>
internal sealed class ValueComparer : IComparer<Value>
{
    /// <summary>The one instance.</summary>
    public static ValueComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Value? x, Value? y) => x is null ? (y is null ? 0 : -1) : x.CompareTo(y);
}
