namespace ModelCheck.Engine.Values;

/// <summary>Nat, Int and STRING: membership only.</summary>
internal sealed class InfiniteSet : SetValue
{
    private readonly Func<Value, bool> _contains;

    private InfiniteSet(string name, Func<Value, bool> contains)
    {
        Name = name;
        _contains = contains;
    }

    /// <summary>Nat.</summary>
    public static InfiniteSet Nat { get; } = new("Nat", static v => v is IntValue i ? i.Value >= 0 : NotANumber(v, "Nat"));

    /// <summary>Int.</summary>
    public static InfiniteSet Int { get; } = new("Int", static v => v is IntValue || NotANumber(v, "Int"));

    /// <summary>STRING.</summary>
    public static InfiniteSet String { get; } = new("STRING", static v => v is StringValue);

    /// <summary>The TLA+ name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override bool IsFinite => false;

    /// <inheritdoc />
    public override bool Contains(Value value) => _contains(value);

    /// <inheritdoc />
    public override string Describe() => Name;

    /// <inheritdoc />
    public override void Format(System.Text.StringBuilder builder) => builder.Append(Name);

    // Why fail: TLC stops with "Attempted to check if the value ... is an element of Nat" (or Int) for
    // anything but an integer or a model value, rather than answer FALSE.
    private static bool NotANumber(Value value, string set) =>
        value is ModelValue ? false : throw new ValueException($"attempted to check if the value {value} is an element of {set}");

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration() => throw new ValueException($"cannot enumerate {Name}");

    /// <inheritdoc />
    /// <remarks>
    /// Why: TLC orders Nat before Int and compares them without enumerating, so a set of them
    /// (<c>{Nat, Int}</c>) can be built and printed; any other comparison of an infinite set fails,
    /// as in TLC.
    /// </remarks>
    protected override int CompareSameKind(Value other) =>
        RankAmongNumbers(this) is var rank and >= 0 && other is InfiniteSet o && RankAmongNumbers(o) is var otherRank and >= 0
            ? rank.CompareTo(otherRank)
            : base.CompareSameKind(other);

    private static int RankAmongNumbers(InfiniteSet set) => ReferenceEquals(set, Nat) ? 0 : ReferenceEquals(set, Int) ? 1 : -1;
}
