using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary>
/// A model value declared in the configuration (<c>Procs = {p1, p2}</c>, <c>NoNode = NoNode</c>):
/// equal only to itself, ordered by name.
/// </summary>
internal sealed class ModelValue : Value
{
    private readonly int _hash;

    /// <summary>Creates the model value named <paramref name="name"/>.</summary>
    public ModelValue(string name)
    {
        Name = name;
        _hash = Hashing.Combine(0x2545F491, Hashing.OfString(name));
    }

    /// <summary>The name as written in the configuration.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.ModelValue;

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public override void Format(StringBuilder builder) => builder.Append(Name);

    /// <inheritdoc />
    protected override int CompareSameKind(Value other) => string.CompareOrdinal(Name, ((ModelValue)other).Name);

    /// <inheritdoc />
    protected override bool EqualsSameKind(Value other) => string.Equals(Name, ((ModelValue)other).Name, StringComparison.Ordinal);
}
