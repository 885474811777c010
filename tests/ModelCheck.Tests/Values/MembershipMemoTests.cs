using ModelCheck.Engine.Values;
using ModelCheck.Tests.Storage;
using Xunit;

namespace ModelCheck.Tests.Values;

/// <summary>Membership remembered per element object gives the answers of the plain test.</summary>
public sealed class MembershipMemoTests
{
    [Fact]
    public void Memo_AnswersAsTheSetDoesThroughCollisionsAndEqualCopies()
    {
        var message = (SetValue)new RecordSetValue(["type", "bal"], [(SetValue)V.Set(V.S("1a"), V.S("2a")), new IntervalSet(0, 3)]);
        var memo = new MembershipMemo();
        var random = new Random(11);

        // Far more distinct objects than the memo has slots, each asked twice, and fresh copies of
        // the same values: every answer must be the set's own.
        for (var round = 0; round < 20_000; round++)
        {
            var record = V.Record(("type", V.S(random.Next(3) == 0 ? "1b" : "1a")), ("bal", V.I(random.Next(-1, 5))));
            var expected = message.Contains(record);
            Assert.Equal(expected, MembershipMemo.Contains(memo, message, record));
            Assert.Equal(expected, MembershipMemo.Contains(memo, message, record));
        }
    }

    [Fact]
    public void Memo_RemembersLongLivedElementsOnly_AndStillAnswersAsTheSetDoes()
    {
        var message = (SetValue)new RecordSetValue(["type", "bal"], [(SetValue)V.Set(V.S("1a")), new IntervalSet(0, 3)]);
        var memo = new MembershipMemo();

        // Why judged after the test: tests running beside this one collect too, and an element that
        // is still young afterwards was young when the memo looked at it.
        var checkedYoung = false;
        for (var attempt = 0; attempt < 20 && !checkedYoung; attempt++)
        {
            var young = V.Record(("type", V.S("1a")), ("bal", V.I(2)));
            Assert.True(MembershipMemo.Contains(memo, message, young));
            if (GC.GetGeneration(young) < GC.MaxGeneration)
            {
                Assert.False(memo.Holds(young));
                checkedYoung = true;
            }
        }

        Assert.True(checkedYoung);

        // Interned values live long; these stand for them once collections have promoted them.
        var kept = new Value[64];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = V.Record(("type", V.S(i % 3 == 0 ? "1b" : "1a")), ("bal", V.I(i % 6)));
        }

        for (var i = 0; i < 4 && GC.GetGeneration(kept[0]) < GC.MaxGeneration; i++)
        {
            GC.Collect();
        }

        Assert.All(kept, v => Assert.Equal(GC.MaxGeneration, GC.GetGeneration(v)));
        for (var round = 0; round < 2; round++)
        {
            foreach (var record in kept)
            {
                Assert.Equal(message.Contains(record), MembershipMemo.Contains(memo, message, record));
                Assert.True(memo.Holds(record));
            }
        }
    }

    [Fact]
    public void Subset_AndFunctionSet_AnswerTheSameOnceTheirMemoIsInUse()
    {
        var records = new RecordSetValue(["type", "bal"], [(SetValue)V.Set(V.S("1a")), new IntervalSet(0, 2)]);
        var subset = new SubsetSet(records);
        var functions = new FunctionSetValue((SetValue)V.Set(V.P1, V.P2), records);
        var good = V.Record(("type", V.S("1a")), ("bal", V.I(1)));
        var bad = V.Record(("type", V.S("1a")), ("bal", V.I(7)));

        // Past the memo's threshold, with the same element objects and with equal new ones.
        for (var i = 0; i < 200; i++)
        {
            var other = i % 2 == 0 ? good : V.Record(("bal", V.I(1)), ("type", V.S("1a")));
            Assert.True(subset.Contains(V.Set(good, other)));
            Assert.False(subset.Contains(V.Set(good, bad)));
            Assert.True(functions.Contains(V.Fn((V.P1, good), (V.P2, other))));
            Assert.False(functions.Contains(V.Fn((V.P1, bad), (V.P2, good))));
            Assert.False(functions.Contains(V.Fn((V.P1, good), (V.P3, good))));
        }
    }
}
