namespace ModelCheck.Engine.Values;

/// <summary>Ordinal order on string values, used to keep record fields sorted.</summary>
internal sealed class StringValueComparer : IComparer<StringValue>
{
    /// <summary>The one instance.</summary>
    public static StringValueComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(StringValue? x, StringValue? y) => string.CompareOrdinal(x?.Value, y?.Value);
}
