using System.Globalization;
using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary>An integer. Small values are cached so that arithmetic in hot loops rarely allocates.</summary>
internal sealed class IntValue : Value
{
    private const int CacheMin = -256;
    private const int CacheMax = 4096;
    private static readonly IntValue[] s_cache = CreateCache();
    private readonly int _hash;

    private IntValue(long value)
    {
        Value = value;
        _hash = Hashing.Mix(value);
    }

    /// <summary>The integer.</summary>
    public long Value { get; }

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Int;

    /// <summary>Returns a value for <paramref name="value"/>, cached when small.</summary>
    public static IntValue Of(long value) =>
        value is >= CacheMin and <= CacheMax ? s_cache[value - CacheMin] : new IntValue(value);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public override void Format(StringBuilder builder) => builder.Append(Value.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc />
    protected override int CompareSameKind(Value other) => Value.CompareTo(((IntValue)other).Value);

    /// <inheritdoc />
    protected override bool EqualsSameKind(Value other) => Value == ((IntValue)other).Value;

    private static IntValue[] CreateCache()
    {
        var cache = new IntValue[CacheMax - CacheMin + 1];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = new IntValue(i + CacheMin);
        }

        return cache;
    }
}
