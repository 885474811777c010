using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary>A string, compared ordinally.</summary>
internal sealed class StringValue : Value
{
    private readonly int _hash;

    /// <summary>Creates the value for <paramref name="value"/>.</summary>
    public StringValue(string value)
    {
        Value = value;
        _hash = Hashing.OfString(value);
    }

    /// <summary>The text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.String;

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public override void Format(StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in Value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }

    /// <inheritdoc />
    protected override int CompareSameKind(Value other) => string.CompareOrdinal(Value, ((StringValue)other).Value);

    /// <inheritdoc />
    protected override bool EqualsSameKind(Value other) => string.Equals(Value, ((StringValue)other).Value, StringComparison.Ordinal);
}
