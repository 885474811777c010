using System.Runtime.CompilerServices;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;
using Xunit;
using static ModelCheck.Tests.Storage.V;

namespace ModelCheck.Tests.Storage;

/// <summary>Interning values into dense ids, with finite sets kept as runs of element ids.</summary>
public sealed class ValueTableTests
{
    [Fact]
    public void CompactSetsGetOneIdPerDistinctSetWhateverObjectHoldsIt()
    {
        var table = new ValueTable(compactSets: true);
        var oneTwo = table.Intern(Set(I(1), I(2)));
        Assert.Equal(oneTwo, table.Intern(Set(I(2), I(1))));
        Assert.Equal(oneTwo, table.Intern(new IntervalSet(1, 2)));
        var twoThree = table.Intern(Set(I(2), I(3)));
        Assert.NotEqual(oneTwo, twoThree);
        var empty = table.Intern(Set());
        var records = table.Intern(Set(Record(("a", I(1))), Record(("a", I(2)))));
        Assert.Equal(records, table.Intern(Set(Record(("a", I(2))), Record(("a", I(1))))));
        Assert.Equal(4, table.Count);

        Assert.Equal(Set(I(1), I(2)), table[oneTwo]);
        Assert.Equal(Set(I(2), I(3)), table[twoThree]);
        Assert.Equal(Set(), table[empty]);
        Assert.Equal(Set(Record(("a", I(1))), Record(("a", I(2)))), table[records]);
        Assert.Equal(table[oneTwo].GetHashCode(), Set(I(1), I(2)).GetHashCode());
    }

    [Fact]
    public void ACompactSetIsNotKeptAliveByTheTable()
    {
        var table = new ValueTable(compactSets: true);
        var set = InternFreshSet(table);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(set.TryGetTarget(out _), "the interned set object was collected");
        Assert.Equal(Set(I(7), I(8), I(9)), table[0]);
    }

    [Fact]
    public void AWholeValueTableKeepsTheObjectInterned()
    {
        var table = new ValueTable();
        var set = Set(I(7), I(8));
        var id = table.Intern(set);
        Assert.Same(set, table[id]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SignalsWidthGrowthBeforeANewIdCanBeFound(bool compactSets)
    {
        // A worker may find an id without the lock and hand a key holding it to the merge at once;
        // the merge must already see that the ids need one more bit.
        ValueTable? table = null;
        var adding = new List<Value>();
        var visibleAtSignal = new List<bool>();
        table = new ValueTable(() => visibleAtSignal.Add(table!.IndexOf(adding[^1]) >= 0), compactSets);
        for (var i = 0; i < 40; i++)
        {
            adding.Add(compactSets ? Set(I(i), I(i + 100)) : I(i));
            table.Intern(adding[^1]);
        }

        Assert.NotEmpty(visibleAtSignal);
        Assert.All(visibleAtSignal, Assert.False);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<Value> InternFreshSet(ValueTable table)
    {
        var set = Set(I(7), I(8), I(9));
        Assert.Equal(0u, table.Intern(set));
        return new WeakReference<Value>(set);
    }
}
