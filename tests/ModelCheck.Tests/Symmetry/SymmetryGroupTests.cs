using ModelCheck.Engine.Symmetry;
using ModelCheck.Engine.Values;
using Xunit;

namespace ModelCheck.Tests.Symmetry;

public sealed class SymmetryGroupTests
{
    private static readonly ModelValue s_a = new("a");
    private static readonly ModelValue s_b = new("b");
    private static readonly ModelValue s_c = new("c");
    private static readonly ModelValue s_x = new("x");
    private static readonly ModelValue s_y = new("y");

    [Fact]
    public void Generate_ClosesAUnionOfPermutationSetsUnderComposition()
    {
        // Permutations({a, b}) \cup Permutations({x, y}): TLC also swaps both pairs at once.
        var group = SymmetryGroup.Generate([Swap(s_a, s_b), Swap(s_x, s_y)])!;

        Assert.Equal(4, group.Order);
        Assert.Contains(group.Elements, p => p.Equals(Swap(s_a, s_b).Then(Swap(s_x, s_y))));
    }

    [Fact]
    public void Generate_GivesAllPermutationsOfThreeFromTwoGenerators()
    {
        var cycle = new ValuePermutation([new(s_a, s_b), new(s_b, s_c), new(s_c, s_a)]);

        var group = SymmetryGroup.Generate([Swap(s_a, s_b), cycle, ValuePermutation.Identity, Swap(s_a, s_b)])!;

        Assert.Equal(6, group.Order);
    }

    [Fact]
    public void Generate_RefusesAGroupLargerThanTheLimit()
    {
        // A transposition and a 9-cycle generate all 362,880 permutations of nine values.
        var values = Enumerable.Range(1, 9).Select(i => (Value)new ModelValue($"m{i}")).ToArray();
        var cycle = new ValuePermutation(values.Select((v, i) => new KeyValuePair<Value, Value>(v, values[(i + 1) % 9])));

        Assert.Null(SymmetryGroup.Generate([Swap(values[0], values[1]), cycle]));
    }

    [Fact]
    public void Apply_PermutesInsideSetsFunctionsRecordsAndTuples()
    {
        var swap = Swap(s_a, s_b);
        var function = MapValue.Create(EnumeratedSet.FromUnsorted([s_a, s_b]), [IntValue.Of(1), IntValue.Of(2)]);
        var record = RecordValue.Create(["owner", "n"], [s_a, IntValue.Of(3)]);
        var value = new TupleValue([EnumeratedSet.FromUnsorted([s_a, s_c]), function, record]);

        var image = (TupleValue)swap.Apply(value);

        Assert.Equal(EnumeratedSet.FromUnsorted([s_b, s_c]), image.Items[0]);
        var permuted = (FunctionValue)image.Items[1];
        Assert.Equal(IntValue.Of(2), permuted.TryApply(s_a));
        Assert.Equal(IntValue.Of(1), permuted.TryApply(s_b));
        Assert.Equal(RecordValue.Create(["owner", "n"], [s_b, IntValue.Of(3)]), image.Items[2]);
    }

    [Fact]
    public void Apply_ReturnsTheSameObjectWhenNothingInItMoves()
    {
        var value = new TupleValue([EnumeratedSet.FromUnsorted([s_c, s_x]), RecordValue.Create(["n"], [IntValue.Of(1)])]);

        Assert.Same(value, Swap(s_a, s_b).Apply(value));
    }

    [Fact]
    public void Canonical_GivesEveryStateOfAnOrbitTheSameLeastImage()
    {
        var group = SymmetryGroup.Generate([Swap(s_a, s_b), new ValuePermutation([new(s_a, s_b), new(s_b, s_c), new(s_c, s_a)])])!;
        var owner = MapValue.Create(EnumeratedSet.FromUnsorted([s_a, s_b, s_c]), [IntValue.Of(0), IntValue.Of(1), IntValue.Of(1)]);
        Value[] state = [s_b, owner, EnumeratedSet.FromUnsorted([s_a])];

        var least = Canonical(group, state);
        foreach (var permutation in group.Elements)
        {
            var image = state.Select(v => permutation.Apply(v)).ToArray();
            Assert.Equal(least, Canonical(group, image));
        }

        Assert.Equal(6, group.Elements.Select(p => string.Join("|", state.Select(v => p.Apply(v)))).Append(string.Join("|", state)).Distinct().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1 << 14)]
    public void Canonical_GivesTheSameLeastImageWithAnImageCache(int cacheSize)
    {
        var group = SymmetryGroup.Generate([Swap(s_a, s_b), new ValuePermutation([new(s_a, s_b), new(s_b, s_c), new(s_c, s_a)])])!;
        var record = RecordValue.Create(["owner"], [s_c]);
        // The function is the same under every permutation, so the set decides, under each of them.
        Value[] state = [EnumerateSet(record), MapValue.Create(EnumeratedSet.FromUnsorted([s_a, s_b, s_c]), [IntValue.Of(0), IntValue.Of(0), IntValue.Of(0)])];
        var cache = new ImageCache(cacheSize);

        var expected = Canonical(group, state);
        for (var i = 0; i < 3; i++)
        {
            // The second and third rounds are served from the cache.
            Assert.Equal<Value[]>(expected, [.. group.Canonical(state, new Value[2], new Value[2], new int[2], cache)]);
        }
    }

    [Fact]
    public void Canonical_ReturnsTheStateItselfWhenItIsLeast()
    {
        var group = SymmetryGroup.Generate([Swap(s_a, s_b)])!;
        Value[] state = [s_a, IntValue.Of(1)];

        Assert.Same(state, group.Canonical(state, new Value[2], new Value[2], new int[2]));
    }

    private static Value[] Canonical(SymmetryGroup group, Value[] state) =>
        [.. group.Canonical(state, new Value[state.Length], new Value[state.Length], new int[state.Length])];

    private static EnumeratedSet EnumerateSet(params Value[] elements) => EnumeratedSet.FromUnsorted(elements);

    private static ValuePermutation Swap(Value first, Value second) => new([new(first, second), new(second, first)]);
}
