using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;
using Xunit;
using static ModelCheck.Tests.Storage.V;

namespace ModelCheck.Tests.Storage;

/// <summary>Packing a state into a key of slot ids and back, before and after a shape is adopted.</summary>
public sealed class StateCodecTests
{
    private static readonly Dictionary<string, Value[]> s_states = new()
    {
        ["scalars"] = [I(0), I(-7), S("idle"), B(true), P1],
        ["record"] = [Record(("pc", S("a")), ("n", I(3)), ("ok", B(false)))],
        ["tuple"] = [Tuple(I(0), I(0), I(0), I(0))],
        ["map on model values"] = [Procs(S("idle"), S("busy"), S("idle"))],
        ["sets"] = [Set(I(1), I(2)), Set(Set(I(1)), Set()), Set(Record(("t", S("m")), ("b", I(1))))],
        ["nested"] = [Procs(Record(("q", Tuple(I(1), Set(I(2)))), ("v", Procs(I(0), I(1), I(2)))), Record(("q", Tuple()), ("v", Procs(I(0), I(0), I(0)))), Record(("q", Tuple(I(5))), ("v", Procs(I(9), I(9), I(9)))))],
        ["empty function"] = [Tuple(), Set()],
    };

    public static TheoryData<string> StateNames => [.. s_states.Keys];

    [Theory]
    [MemberData(nameof(StateNames))]
    public void RoundTrips_WholeAndShaped(string name)
    {
        var state = s_states[name];
        var codec = new StateCodec(state.Length);
        Assert.Equal(state, RoundTrip(codec, state));

        codec.AdoptShape(state);
        Assert.True(codec.IsShaped, name);
        Assert.Equal(state, RoundTrip(codec, state));
    }

    [Fact]
    public void SplitsFunctionsAndRecordsIntoSlots()
    {
        var codec = new StateCodec(3);
        codec.AdoptShape([Tuple(I(0), I(0), I(0), I(0)), Record(("a", I(1)), ("b", S("x"))), Set(I(1))]);

        Assert.Equal("x: 4 slots, r: 2 slots, s: whole", codec.DescribeShape(["x", "r", "s"]));

        // One tag word per composite plus one word per leaf.
        Assert.Equal(5 + 3 + 1, codec.WordCount);
    }

    [Fact]
    public void ValuesThatDoNotFitTheShapeFallBackAndRoundTrip()
    {
        var codec = new StateCodec(2);
        codec.AdoptShape([Tuple(I(1), I(2)), Record(("a", I(1)))]);

        Value[][] others =
        [
            [Tuple(I(1), I(2), I(3)), Record(("a", I(1)), ("b", I(2)))],
            [Tuple(), Record(("b", I(1)))],
            [I(4), Set(I(1))],
            [Tuple(I(7), I(8)), Record(("a", Set()))],
        ];
        foreach (var state in others)
        {
            Assert.Equal(state, RoundTrip(codec, state));
        }
    }

    [Fact]
    public void EqualValuesGetEqualKeysWhateverTheirRepresentation()
    {
        var codec = new StateCodec(2);
        codec.AdoptShape([Tuple(I(1), I(2)), Fn((S("a"), I(1)), (S("b"), I(2)))]);

        // A map on 1..2 equals the tuple; a map on strings equals the record.
        Value[] canonical = [Tuple(I(3), I(4)), Record(("a", I(5)), ("b", I(6)))];
        Value[] general =
        [
            new MapValue(EnumeratedSet.FromSorted([I(1), I(2)]), [I(3), I(4)]),
            new MapValue(EnumeratedSet.FromSorted([S("a"), S("b")]), [I(5), I(6)]),
        ];
        Assert.Equal(canonical, general);
        Assert.Equal(Pack(codec, canonical), Pack(codec, general));

        // A lazy function on a finite domain equals its materialised form.
        Value[] lazy = [new LazyFunctionValue(new IntervalSet(1, 2), k => I(((IntValue)k).Value + 2)), canonical[1]];
        Assert.Equal(Pack(codec, canonical), Pack(codec, lazy));
    }

    [Fact]
    public void DistinctStatesGetDistinctKeys()
    {
        var codec = new StateCodec(1);
        codec.AdoptShape([Tuple(I(0), I(0))]);
        var keys = new HashSet<string>();
        Value[] values = [I(0), I(1), Tuple(), Tuple(I(0)), Set(), S("0")];
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                Assert.True(keys.Add(string.Join(",", Pack(codec, [Tuple(a, b)]))), $"<<{a}, {b}>>");
            }
        }

        Assert.True(keys.Add(string.Join(",", Pack(codec, [Tuple(I(0), I(0), I(0))]))));
        Assert.True(keys.Add(string.Join(",", Pack(codec, [I(0)]))));
    }

    [Fact]
    public void PackingWithTheMemoOfAnUnpackedParentGivesTheSameKeys()
    {
        var codec = new StateCodec(2);
        Value[] parent = [Procs(I(1), I(2), I(3)), Set(I(1))];
        codec.AdoptShape(parent);
        var parentKey = Pack(codec, parent);
        var unpacked = new Value[2];
        var memo = new PackMemo();
        codec.UnpackInto(parentKey, unpacked, memo);

        // Successors share the unpacked objects, as the evaluator's EXCEPT and UNCHANGED do.
        var f = (FunctionValue)unpacked[0];
        Value[][] successors =
        [
            [unpacked[0], unpacked[1]],
            [f.Except(P2, I(7)), unpacked[1]],
            [f.Except(P1, I(2)), Set(I(1), I(2))],
            [I(0), unpacked[1]],
        ];
        foreach (var successor in successors)
        {
            var withMemo = Pack(codec, successor, memo);
            var withoutMemo = Pack(codec, successor);
            Assert.Equal(withoutMemo, withMemo);
            Assert.Equal(successor, codec.Unpack(withMemo));
        }

        Assert.Equal(parentKey, Pack(codec, [unpacked[0], unpacked[1]], memo));
    }

    [Fact]
    public void PackingChangesToTheUnpackedParentGivesTheKeysOfTheBuiltFunctions()
    {
        var codec = new StateCodec(3);
        Value[] parent = [Procs(Record(("n", I(1))), Record(("n", I(2))), Record(("n", I(3)))), Tuple(I(0), I(0)), Set(I(1))];
        codec.AdoptShape(parent);
        var unpacked = new Value[3];
        var memo = new PackMemo();
        codec.UnpackInto(Pack(codec, parent), unpacked, memo);

        // One variable changed, two changed, an image replaced by one that does not fit its shape,
        // a field of a record in a map changed through a path, and two such changes to one variable.
        ImageChange[][] changes =
        [
            [At(1, I(5), 1)],
            [At(0, Record(("n", I(4))), 2), At(1, I(9), 0)],
            [At(0, I(6), 0)],
            [At(0, I(7), 1, 0)],
            [At(0, Record(("m", I(7))), 1), At(1, Tuple(I(1)), 1)],
            [At(0, I(7), 1, 0), At(0, I(8), 2, 0), At(1, I(3), 0)],
        ];
        foreach (var change in changes)
        {
            var key = new uint[codec.WordCount];
            Assert.True(codec.PackChanged(unpacked, change, key, memo));
            var built = (Value[])unpacked.Clone();
            ImageChange.Apply(built, change);
            Assert.Equal(Pack(codec, built), key);
            Assert.Equal(built, codec.Unpack(key));
        }
    }

    [Fact]
    public void PackingChangesToSiblingFieldsOfOneRecordGivesTheKeyOfTheBuiltFunction()
    {
        var codec = new StateCodec(1);
        var pair = Record(("a", I(0)), ("b", I(0)));
        Value[] parent = [Procs(pair, pair, pair)];
        codec.AdoptShape(parent);
        var unpacked = new Value[1];
        var memo = new PackMemo();
        codec.UnpackInto(Pack(codec, parent), unpacked, memo);

        // The fields a and b of p2's record, as a run ![p2].a = 1, ![p2].b = 2 changes them.
        ImageChange[] run = [At(0, I(1), 1, 0), At(0, I(2), 1, 1)];
        var key = new uint[codec.WordCount];
        Assert.True(codec.PackChanged(unpacked, run, key, memo));
        ImageChange.Apply(unpacked, run);
        Assert.Equal(Procs(pair, Record(("a", I(1)), ("b", I(2))), pair), unpacked[0]);
        Assert.Equal(Pack(codec, unpacked), key);
    }

    [Fact]
    public void ApplyingChangesTogetherGivesWhatApplyingThemOneByOneGives()
    {
        var pair = Record(("a", I(0)), ("b", I(0)));
        var procs = (FunctionValue)Procs(pair, pair, pair);

        // A run of two fields of p2's record, in both orders; paths that part before their last
        // position; paths of two depths; a run of whole images.
        ImageChange[][] cases =
        [
            [At(0, I(1), 1, 0), At(0, I(2), 1, 1)],
            [At(0, I(1), 1, 1), At(0, I(2), 1, 0)],
            [At(0, I(1), 0, 0), At(0, I(2), 2, 1)],
            [At(0, Record(("a", I(5)), ("b", I(5))), 0), At(0, I(3), 2, 0)],
            [At(0, Record(("a", I(5)), ("b", I(5))), 0), At(0, pair, 2)],
        ];
        foreach (var changes in cases)
        {
            var oneByOne = procs;
            foreach (var change in changes)
            {
                oneByOne = change.ApplyTo(oneByOne);
            }

            Assert.Equal(oneByOne, ImageChange.ApplyAll(procs, changes));
        }

        // The images the run leaves alone are the parent's objects.
        var run = ImageChange.ApplyAll(procs, [At(0, I(1), 1, 0), At(0, I(2), 1, 1)]);
        Assert.Same(pair, run.ValueAt(0));
        Assert.Same(pair, run.ValueAt(2));

        // Runs at depth 3 (PaxosCommit's ![m.ins][acc].bal = .., .val = ..) that part at the first
        // or the second position, and one variable's changes on both sides of another's.
        var deep = (FunctionValue)Procs(procs, procs, procs);
        ImageChange[][] deepCases =
        [
            [At(0, I(1), 2, 1, 0), At(0, I(2), 2, 1, 1)],
            [At(0, I(1), 2, 1, 0), At(0, I(2), 0, 1, 1)],
            [At(0, I(1), 2, 1, 0), At(0, I(2), 2, 0, 1)],
        ];
        foreach (var changes in deepCases)
        {
            var oneByOne = deep;
            foreach (var change in changes)
            {
                oneByOne = change.ApplyTo(oneByOne);
            }

            Assert.Equal(oneByOne, ImageChange.ApplyAll(deep, changes));
        }

        Value[] state = [procs, Tuple(I(0), I(0))];
        ImageChange.Apply(state, [At(0, I(1), 1, 0), At(1, I(7), 1), At(0, I(2), 1, 1)]);
        Assert.Equal([Procs(pair, Record(("a", I(1)), ("b", I(2))), pair), Tuple(I(0), I(7))], state);
    }

    [Fact]
    public void PackingChangesIsRefusedUnlessTheMemoUnpackedEveryFunctionOnThePathIntoSlots()
    {
        var codec = new StateCodec(2);
        Value[] parent = [Procs(Record(("n", I(1))), Record(("n", I(2))), Record(("n", I(3)))), Set(I(1))];
        codec.AdoptShape(parent);
        var memo = new PackMemo();
        var key = new uint[codec.WordCount];
        ImageChange[] change = [At(0, I(5), 1, 0)];

        // No parent unpacked yet; then an equal function that is not the unpacked object.
        Assert.False(codec.PackChanged(parent, change, key, memo));
        var unpacked = new Value[2];
        codec.UnpackInto(Pack(codec, parent), unpacked, memo);
        Assert.False(codec.PackChanged([Procs(Record(("n", I(1))), Record(("n", I(2))), Record(("n", I(3)))), unpacked[1]], change, key, memo));

        // A record on the path that did not fit the shape (it was interned whole), a parent that did
        // not fit at all, a path into a variable kept whole and a path longer than the shape.
        Value[] odd = [Procs(Record(("n", I(1))), Record(("m", I(2))), Record(("n", I(3)))), Set(I(1))];
        codec.UnpackInto(Pack(codec, odd), unpacked, memo);
        Assert.False(codec.PackChanged(unpacked, change, key, memo));
        ImageChange[] beside = [At(0, I(5), 0, 0)];
        Assert.True(codec.PackChanged(unpacked, beside, key, memo));
        ImageChange.Apply(odd, beside);
        Assert.Equal(Pack(codec, odd), key);
        codec.UnpackInto(Pack(codec, [Tuple(I(0)), Set(I(1))]), unpacked, memo);
        Assert.False(codec.PackChanged(unpacked, [At(0, I(5), 0)], key, memo));
        codec.UnpackInto(Pack(codec, parent), unpacked, memo);
        Assert.False(codec.PackChanged(unpacked, [At(1, I(2), 0)], key, memo));
        Assert.False(codec.PackChanged(unpacked, [At(0, I(5), 1, 0, 0)], key, memo));
        Assert.True(codec.PackChanged(unpacked, change, key, memo));
    }

    [Fact]
    public void UnpackingReusesSubValuesThatDidNotChange()
    {
        var codec = new StateCodec(2);
        Value[] first = [Procs(Record(("n", I(1))), Record(("n", I(2))), Record(("n", I(3)))), Tuple(I(0), I(0))];
        Value[] second = [Procs(Record(("n", I(1))), Record(("n", I(5))), Record(("n", I(3)))), Tuple(I(0), I(0))];
        codec.AdoptShape(first);
        var a = new Value[2];
        var b = new Value[2];
        var memo = new PackMemo();
        codec.UnpackInto(Pack(codec, first), a, memo);
        var firstImages = (FunctionValue)a[0];
        var firstTuple = a[1];
        codec.UnpackInto(Pack(codec, second), b, memo);

        Assert.Equal(first, a);
        Assert.Equal(second, b);
        Assert.Same(firstTuple, b[1]);
        var images = (FunctionValue)b[0];
        Assert.Same(firstImages.ValueAt(0), images.ValueAt(0));
        Assert.NotSame(firstImages.ValueAt(1), images.ValueAt(1));
        Assert.Same(firstImages.ValueAt(2), images.ValueAt(2));

        // A fallback in between must not leave stale objects behind.
        Value[] odd = [I(7), Tuple(I(0))];
        var c = new Value[2];
        codec.UnpackInto(Pack(codec, odd), c, memo);
        Assert.Equal(odd, c);
        codec.UnpackInto(Pack(codec, second), c, memo);
        Assert.Equal(second, c);
    }

    [Fact]
    public void TheMemoIsDroppedWhenTheLayoutChanges()
    {
        var codec = new StateCodec(1);
        Value[] state = [Tuple(I(1), I(2))];
        var wholeKey = Pack(codec, state);
        var unpacked = new Value[1];
        var memo = new PackMemo();
        codec.UnpackInto(wholeKey, unpacked, memo);

        codec.AdoptShape(state);
        var shapedKey = Pack(codec, unpacked, memo);
        Assert.Equal(codec.WordCount, shapedKey.Length);
        Assert.Equal(state, codec.Unpack(shapedKey));
    }

    [Fact]
    public void SlotBoundsFollowTheInternedValues()
    {
        var codec = new StateCodec(1);
        codec.AdoptShape([Tuple(I(0), I(0))]);
        var generation = codec.Generation;
        for (var n = 0; n < 5; n++)
        {
            Pack(codec, [Tuple(I(n), I(0))]);
        }

        Pack(codec, [Tuple(I(1), I(2), I(3))]);
        var bounds = new uint[codec.WordCount];
        codec.CopySlotBounds(bounds);

        // Tag: "fits" plus one fallback value; first element: 0..4; second element: just 0.
        Assert.Equal([2u, 5u, 1u], bounds);
        Assert.NotEqual(generation, codec.Generation);
    }

    /// <summary>Variable <paramref name="variable"/> with the image at <paramref name="path"/> replaced by <paramref name="image"/>.</summary>
    private static ImageChange At(int variable, Value image, params int[] path)
    {
        ulong packed = 0;
        for (var level = 0; level < path.Length; level++)
        {
            packed = ImageChange.Extend(packed, level, path[level]);
        }

        return new ImageChange(variable, packed, path.Length, image);
    }

    private static uint[] Pack(StateCodec codec, Value[] state, PackMemo? memo = null)
    {
        var key = new uint[codec.WordCount];
        codec.Pack(state, key, memo);
        return key;
    }

    private static Value[] RoundTrip(StateCodec codec, Value[] state)
    {
        var key = Pack(codec, state);
        var into = new Value[state.Length];
        codec.UnpackInto(key, into, new PackMemo());
        Assert.Equal(codec.Unpack(key), into);
        return into;
    }
}
