using System.Runtime.InteropServices;
using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary>A string, compared ordinally.</summary>
internal sealed class StringValue : Value
{
    private static readonly Dictionary<string, StringValue> s_interned = new(StringComparer.Ordinal);
    private static readonly Lock s_internGate = new();
    private readonly int _hash;

    /// <summary>Creates the value for <paramref name="value"/>.</summary>
    public StringValue(string value)
    {
        Value = value;
        _hash = Hashing.OfString(value);
    }

    /// <summary>The one value, shared by every caller, for <paramref name="value"/>.</summary>
    /// <remarks>
    /// Why: equal values that are one object compare and test equal by reference, without reading
    /// the text. Records from different sites (<c>m.type = "phase2b"</c>, a message in <c>msgs</c>
    /// built by another action) held different objects for the same literal, and PaxosCommit's
    /// membership tests compared them character by character. Called when a spec, a configuration
    /// or a record set is compiled, never per state.
    /// </remarks>
    public static StringValue Of(string value)
    {
        lock (s_internGate)
        {
            return CollectionsMarshal.GetValueRefOrAddDefault(s_interned, value, out _) ??= new StringValue(value);
        }
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
