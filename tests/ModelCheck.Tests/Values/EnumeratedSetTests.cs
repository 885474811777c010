using ModelCheck.Engine.Values;
using ModelCheck.Tests.Storage;
using Xunit;

namespace ModelCheck.Tests.Values;

/// <summary>Set union by merging sorted elements, and record comparison without field names.</summary>
public sealed class EnumeratedSetTests
{
    [Fact]
    public void Union_ReturnsTheLargerSetItselfWhenTheOtherAddsNothing()
    {
        var big = (EnumeratedSet)V.Set(V.I(1), V.I(2), V.I(3));
        var inside = (EnumeratedSet)V.Set(V.I(3), V.I(1));

        Assert.Same(big, EnumeratedSet.Union(big, inside));
        Assert.Same(big, EnumeratedSet.Union(inside, big));
        Assert.Same(big, EnumeratedSet.Union(big, (EnumeratedSet)V.Set(V.I(2))));
    }

    [Fact]
    public void Union_MatchesSortingTheConcatenation()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var a = Enumerable.Range(0, random.Next(0, 8)).Select(_ => V.I(random.Next(0, 12))).ToArray();
            var b = Enumerable.Range(0, random.Next(0, 8)).Select(_ => V.I(random.Next(0, 12))).ToArray();
            var expected = EnumeratedSet.FromUnsorted([.. a, .. b]);

            var union = EnumeratedSet.Union(EnumeratedSet.FromUnsorted([.. a]), EnumeratedSet.FromUnsorted([.. b]));

            Assert.Equal(expected.Elements, union.Elements);
        }
    }

    [Fact]
    public void Records_WithTheSameFieldsCompareByValuesWhateverTheFieldOrder()
    {
        var r1 = V.Record(("type", V.S("phase2a")), ("bal", V.I(1)));
        var r2 = V.Record(("bal", V.I(0)), ("type", V.S("phase2a")));
        var r3 = V.Record(("bal", V.I(1)), ("type", V.S("phase2a")));

        Assert.True(r2.CompareTo(r1) < 0);
        Assert.Equal(0, r1.CompareTo(r3));
        Assert.Equal(r1, r3);
        Assert.Equal("[bal |-> 1, type |-> \"phase2a\"]", r1.ToString());
    }
}
