using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary>TRUE or FALSE; only the two singletons exist.</summary>
internal sealed class BoolValue : Value
{
    private BoolValue(bool value)
    {
        Value = value;
    }

    /// <summary>TRUE.</summary>
    public static BoolValue True { get; } = new(true);

    /// <summary>FALSE.</summary>
    public static BoolValue False { get; } = new(false);

    /// <summary>The boolean.</summary>
    public bool Value { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Bool;

    /// <summary>Returns the singleton for <paramref name="value"/>.</summary>
    public static BoolValue Of(bool value) => value ? True : False;

    /// <inheritdoc />
    public override int GetHashCode() => Value ? 0x5bd1e995 : 0x1b873593;

    /// <inheritdoc />
    public override void Format(StringBuilder builder) => builder.Append(Value ? "TRUE" : "FALSE");

    /// <inheritdoc />
    protected override int CompareSameKind(Value other) => Value.CompareTo(((BoolValue)other).Value);

    /// <inheritdoc />
    protected override bool EqualsSameKind(Value other) => ReferenceEquals(this, other);
}
