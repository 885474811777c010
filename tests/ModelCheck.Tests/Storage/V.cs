using ModelCheck.Engine.Values;

namespace ModelCheck.Tests.Storage;

/// <summary>Short builders for values in storage tests.</summary>
internal static class V
{
    public static readonly ModelValue P1 = new("p1");
    public static readonly ModelValue P2 = new("p2");
    public static readonly ModelValue P3 = new("p3");

    public static Value I(long n) => IntValue.Of(n);

    public static Value S(string s) => new StringValue(s);

    public static Value B(bool b) => BoolValue.Of(b);

    public static Value Tuple(params Value[] items) => new TupleValue(items);

    public static Value Set(params Value[] items) => EnumeratedSet.FromUnsorted(items);

    public static Value Record(params (string Name, Value Value)[] fields) =>
        RecordValue.Create([.. fields.Select(f => f.Name)], [.. fields.Select(f => f.Value)]);

    /// <summary>The function mapping each key to its value, in canonical form.</summary>
    public static Value Fn(params (Value Key, Value Value)[] pairs)
    {
        var sorted = pairs.OrderBy(p => p.Key, ValueComparer.Instance).ToArray();
        return MapValue.Create(EnumeratedSet.FromSorted([.. sorted.Select(p => p.Key)]), [.. sorted.Select(p => p.Value)]);
    }

    /// <summary>A map on model values p1..p3 with the given images.</summary>
    public static Value Procs(Value a, Value b, Value c) => Fn((P1, a), (P2, b), (P3, c));
}
