namespace ModelCheck.Engine.Values;

/// <summary>The canonical total order on values, as an <see cref="IComparer{T}"/> that does not box.</summary>
internal sealed class ValueComparer : IComparer<Value>
{
    /// <summary>The one instance.</summary>
    public static ValueComparer Instance { get; } = new();

    /// <summary>
    /// <see cref="Compare"/> as a delegate made once: sorting one array with an <see cref="IComparer{T}"/>
    /// makes a new delegate on every call, which building sets did for every state.
    /// </summary>
    public static Comparison<Value> Comparison { get; } = Instance.Compare;

    /// <inheritdoc />
    public int Compare(Value? x, Value? y) => x is null ? (y is null ? 0 : -1) : x.CompareTo(y);
}
