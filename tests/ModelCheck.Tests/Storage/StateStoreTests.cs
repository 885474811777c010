using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;
using Xunit;
using static ModelCheck.Tests.Storage.V;

namespace ModelCheck.Tests.Storage;

/// <summary>The seen-state set: exact matching, numbering, widening, shape adoption, fingerprints.</summary>
public sealed class StateStoreTests
{
    [Fact]
    public void IsExactForDistinctStatesWithTheSameHash()
    {
        var codec = Shaped(Tuple(I(0), I(0), I(0)));
        var (a, b) = CollidingKeys(codec);
        Assert.NotEqual(a, b);
        Assert.Equal(StateStore.Hash(a), StateStore.Hash(b));

        var store = new StateStore(codec);
        Assert.Equal((0, true), store.Add(a, -1));
        Assert.False(store.UsesDirectTable);
        Assert.Equal(-1, store.IndexOf(b, StateStore.Hash(b)));
        Assert.Equal((1, true), store.Add(b, 0));
        Assert.Equal(0, store.IndexOf(a, StateStore.Hash(a)));
        Assert.Equal(1, store.IndexOf(b, StateStore.Hash(b)));
        Assert.Equal((1, false), store.Add(b, 0));
        Assert.Equal(a, store.Get(0).ToArray());
        Assert.Equal(b, store.Get(1).ToArray());
    }

    [Fact]
    public void FingerprintsTellApartStatesWithTheSameTableHash()
    {
        var codec = Shaped(Tuple(I(0), I(0), I(0)));
        var (a, b) = CollidingKeys(codec);
        Assert.NotEqual(StateHash.Fingerprint(a), StateHash.Fingerprint(b));

        var store = new StateStore(codec, fingerprints: true);
        Assert.True(store.UsesFingerprints);
        Assert.True(store.Add(a, -1).Added);
        Assert.True(store.Add(b, 0).Added);
        Assert.Equal(1, store.IndexOf(b, StateStore.Hash(b)));
    }

    [Fact]
    public void NumbersStatesInInsertionOrderAndKeepsParents()
    {
        var codec = Shaped(Tuple(I(0), I(0), I(0)));
        var store = new StateStore(codec);
        var keys = new List<uint[]>();
        for (var n = 0; n < 50_000; n++)
        {
            var key = Key(codec, Tuple(I(n % 300), I(n / 300), I(n % 11)));
            keys.Add(key);
            Assert.Equal((n, true), store.Add(key, n - 1));
        }

        Assert.Equal(50_000, store.Count);
        Assert.False(store.UsesDirectTable);
        for (var n = 0; n < keys.Count; n += 7)
        {
            Assert.Equal(n, store.IndexOf(keys[n], StateStore.Hash(keys[n])));
            Assert.Equal(n - 1, store.ParentOf(n));
            Assert.Equal(keys[n], store.Get(n).ToArray());
        }

        // 300 x 167 x 11 values: 9 + 8 + 4 bits, a 3-byte row, too sparse for a direct table, and a
        // hashed table at most 7.5 bytes per state (plus the slack of the last row segment).
        Assert.InRange(store.BytesPerState, 3, 3 + 7.5 + 2);
    }

    [Fact]
    public void WidensFieldsAsValuesAppearWithoutLosingStates()
    {
        var codec = Shaped(Tuple(I(0), S("a")));
        var store = new StateStore(codec);
        var keys = new List<uint[]>();
        for (var n = 0; n < 3000; n++)
        {
            // New values keep appearing, so fields widen from 0 bits to 12 while states are stored.
            var key = Key(codec, Tuple(I(n), S((n % 3).ToString(System.Globalization.CultureInfo.InvariantCulture))));
            keys.Add(key);
            Assert.True(store.Add(key, -1).Added);
            Assert.Equal(0, store.IndexOf(keys[0], StateStore.Hash(keys[0])));
        }

        for (var n = 0; n < keys.Count; n++)
        {
            Assert.Equal(n, store.IndexOf(keys[n], StateStore.Hash(keys[n])));
            Assert.Equal(keys[n], store.Get(n).ToArray());
        }

        // The tag never leaves "fits" (0 bits), 3000 numbers (12 bits), 3 strings (2 bits).
        Assert.Equal(12 + 2, store.Statistics(["v"]).PackedBits);
    }

    [Fact]
    public void NarrowRowsAreLookedUpByTheirOwnValue()
    {
        // 200 x 200 values: 8 + 8 bits once the second slot has 129 values. Below 16 bits the
        // table stays hashed; from then on the states fill their rows' range as they come, so a
        // direct table is never more than four times the hashed one.
        var codec = Shaped(Tuple(I(0), I(0)));
        var store = new StateStore(codec);
        var keys = new List<uint[]>();
        var directFrom = -1;
        for (var n = 0; n < 40_000; n++)
        {
            var key = Key(codec, Tuple(I(n % 200), I(n / 200)));
            keys.Add(key);
            Assert.Equal((n, true), store.Add(key, n - 1));
            Assert.Equal((n, false), store.Add(key, 0));
            if (store.UsesDirectTable)
            {
                directFrom = directFrom < 0 ? n : directFrom;
            }
            else
            {
                Assert.Equal(-1, directFrom);
            }
        }

        Assert.Equal(128 * 200, directFrom);
        for (var n = 0; n < keys.Count; n++)
        {
            Assert.Equal(n, store.IndexOf(keys[n], StateStore.Hash(keys[n])));
            Assert.Equal(n - 1, store.ParentOf(n));
            Assert.Equal(keys[n], store.Get(n).ToArray());
        }

        var absent = Key(codec, Tuple(I(199), I(200)));
        Assert.Equal(-1, store.IndexOf(absent, StateStore.Hash(absent)));
        var statistics = store.Statistics(["v"]);
        Assert.True(statistics.DirectTable);
        Assert.Equal(65_536.0 * sizeof(uint) / 40_000, statistics.TableBytesPerState, 6);
    }

    [Fact]
    public void ADirectTableWidensWithTheRowsAndGoesBackToHashingWhenTheyOutgrowIt()
    {
        var codec = Shaped(Tuple(I(0), I(0)));
        var store = new StateStore(codec);
        var keys = new List<uint[]>();
        void Add(Value state)
        {
            var key = Key(codec, state);
            keys.Add(key);
            Assert.Equal((keys.Count - 1, true), store.Add(key, -1));
        }

        void AllFound()
        {
            for (var n = 0; n < keys.Count; n++)
            {
                Assert.Equal(n, store.IndexOf(keys[n], StateStore.Hash(keys[n])));
                Assert.Equal(keys[n], store.Get(n).ToArray());
            }
        }

        // 300 x 100: 9 + 7 bits, direct.
        for (var n = 0; n < 30_000; n++)
        {
            Add(Tuple(I(n % 300), I(n / 300)));
        }

        Assert.True(store.UsesDirectTable);
        Assert.Equal(16, store.Statistics(["v"]).PackedBits);

        // 30 more values in the second slot: 9 + 8 bits, still direct after the rows are rewritten.
        for (var n = 0; n < 30; n++)
        {
            Add(Tuple(I(0), I(100 + n)));
        }

        Assert.True(store.UsesDirectTable);
        Assert.Equal(17, store.Statistics(["v"]).PackedBits);
        AllFound();

        // 5,000 more in each: 13 + 13 bits, too wide for a direct table.
        for (var n = 0; n < 5_000; n++)
        {
            Add(Tuple(I(1_000 + n), I(1_000 + (n * 7 % 5_000))));
        }

        Assert.False(store.UsesDirectTable);
        Assert.Equal(26, store.Statistics(["v"]).PackedBits);
        AllFound();
        for (var n = 0; n < 20_000; n++)
        {
            Add(Tuple(I(-1 - n), I(0)));
        }

        AllFound();
        Assert.False(store.Statistics(["v"]).DirectTable);
        Assert.InRange(store.Statistics(["v"]).TableBytesPerState, 4, 7.5);
    }

    [Theory]
    [InlineData(15, 100_000, false, false)]
    [InlineData(16, 100_000, false, true)]
    [InlineData(22, 1_100_000, false, true)]
    [InlineData(23, 2_200_000, false, false)]
    [InlineData(18, 52_428, false, true)]
    [InlineData(18, 52_427, false, false)]
    [InlineData(16, 100_000, true, false)]
    public void ATableIsDirectForRowsOf16To22BitsAtMostFourTimesTheHashedOne(int bits, int capacity, bool fingerprints, bool direct)
    {
        // The first slot gets 2^(bits - 8) values and the second 2^8, so rows take exactly
        // that many bits; the initial capacity sets the hashed table's size: 52,428 states need
        // ceil(52,428 / 0.8) + 1 = 65,537 entries, a quarter of 2^18 and one more; 52,427 need 65,535.
        var codec = Shaped(Tuple(I(0), I(0)));
        var keys = new List<uint[]>();
        var first = 1 << (bits - 8);
        for (var n = 0; n < Math.Max(first, 256); n++)
        {
            keys.Add(Key(codec, Tuple(I(n % first), I(n % 256))));
        }

        // With fingerprints the table compares them, never rows, so it stays hashed.
        var store = new StateStore(codec, fingerprints, capacity);
        foreach (var key in keys)
        {
            store.Add(key, -1);
        }

        Assert.Equal(bits, store.Statistics(["v"]).PackedBits);
        Assert.Equal(direct, store.UsesDirectTable);
        for (var n = 0; n < keys.Count; n++)
        {
            Assert.Equal(n, store.IndexOf(keys[n], StateStore.Hash(keys[n])));
        }
    }

    [Fact]
    public void ABatchThatTurnsTheTableDirectLooksUpItsLaterStatesDirectly()
    {
        // One batch from an empty store: 16-bit rows need 65,536 entries, and the hashed table
        // (1,281 entries for the default 1,024 states) grows to a quarter of that on the 11,666th
        // state, in the middle of the batch; the later keys, hashed for the hashed table, must be
        // looked up again by value. Every key comes twice, the second time after the switch.
        var one = Shaped(Tuple(I(0), I(0)));
        var batched = Shaped(Tuple(I(0), I(0)));
        var single = new StateStore(one);
        var store = new StateStore(batched);
        var keys = new List<uint>();
        var parents = new List<int>();
        var expected = new List<(int, bool)>();
        for (var pass = 0; pass < 2; pass++)
        {
            for (var n = 0; n < 256 * 200; n++)
            {
                var state = Tuple(I(n % 256), I(n / 256));
                keys.AddRange(Key(batched, state));
                parents.Add(pass);
                expected.Add(single.Add(Key(one, state), pass));
            }
        }

        store.SyncLayout();
        Assert.Equal(16, store.Statistics(["v"]).PackedBits);
        Assert.False(store.UsesDirectTable);
        var indices = new int[parents.Count];
        var added = new bool[parents.Count];
        store.AddBatch(keys.ToArray(), parents.ToArray(), indices, added);
        Assert.True(store.UsesDirectTable);
        Assert.Equal(expected, indices.Zip(added));
        Assert.Equal(256 * 200, store.Count);
    }

    [Fact]
    public void AKeyWithAnIdBeyondTheLayoutIsAbsent()
    {
        var codec = Shaped(Tuple(I(0)));
        var store = new StateStore(codec);
        var first = Key(codec, Tuple(I(0)));
        store.Add(first, -1);

        // Interned after the store laid out its fields: the id is wider than the field.
        var later = Key(codec, Tuple(I(1)));
        Assert.False(store.Contains(later, StateStore.Hash(later)));
        Assert.True(store.Add(later, 0).Added);
        Assert.True(store.Contains(later, StateStore.Hash(later)));
    }

    [Fact]
    public void AdoptsTheShapeOnTheFirstReadAndRekeysInitialStates()
    {
        var codec = new StateCodec(2);
        var store = new StateStore(codec);
        Value[][] initial =
        [
            [Procs(I(0), I(0), I(0)), Set()],
            [Procs(I(1), I(0), I(0)), Set(I(1))],
            [Tuple(I(9)), Set(I(2))],
        ];
        foreach (var state in initial)
        {
            var key = Key(codec, state);
            store.Add(key, -1);
        }

        Assert.False(codec.IsShaped);
        var first = codec.Unpack(store.Get(0));
        Assert.True(codec.IsShaped);
        Assert.Equal("f: 3 slots, s: whole", codec.DescribeShape(["f", "s"]));
        Assert.Equal(initial[0], first);
        for (var i = 0; i < initial.Length; i++)
        {
            Assert.Equal(initial[i], codec.Unpack(store.Get(i)));
            var key = Key(codec, initial[i]);
            Assert.Equal(i, store.IndexOf(key, StateStore.Hash(key)));
        }
    }

    [Fact]
    public void SwitchesToFingerprintsWhenRowsAreWide()
    {
        var width = 600;
        Value Wide(int flip, bool fill) => new TupleValue([.. Enumerable.Range(0, width).Select(i => B(fill ^ (i == flip)))]);
        var codec = Shaped(Wide(-1, false));
        var store = new StateStore(codec);
        var keys = new List<uint[]>();
        for (var flip = -2; flip < 40; flip++)
        {
            var key = Key(codec, Wide(flip, flip == -2));
            keys.Add(key);
            Assert.True(store.Add(key, -1).Added);
        }

        // 600 one-bit fields: a 75-byte row, past the 64-byte threshold.
        Assert.True(store.UsesFingerprints);
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(i, store.IndexOf(keys[i], StateStore.Hash(keys[i])));
            Assert.Equal(keys[i], store.Get(i).ToArray());
        }
    }

    [Fact]
    public void TheCollisionEstimateIsTlcs()
    {
        Assert.Equal(0, StateStore.CollisionProbability(100, 100));
        Assert.Equal(810_000.0 * 2_430_001 / Math.Pow(2, 64), StateStore.CollisionProbability(810_000, 3_240_001), 12);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void BatchesNumberStatesAsSingleInsertionsDo(bool fingerprints, bool direct)
    {
        // Keys repeat across batches, ids outgrow their fields between batches (so the layout
        // widens), and the table grows inside a batch. The first two slots reach 9 + 2 bits. For
        // a direct table, a third slot of 32 values makes the rows 16 bits wide in the last
        // rounds, and room for 16,384 states lets a table of 2^16 entries be direct; otherwise
        // 2,048 values in it make the rows up to 22 bits, far more than four times the table.
        var one = Shaped(Tuple(I(0), I(0), I(0)));
        var batched = Shaped(Tuple(I(0), I(0), I(0)));
        foreach (var codec in new[] { one, batched })
        {
            for (var n = 0; n < (direct ? 32 : 2_048); n++)
            {
                Key(codec, Tuple(I(0), I(0), I(n)));
            }
        }

        var capacity = direct ? 16_384 : 1_024;
        var single = new StateStore(one, fingerprints, capacity);
        var store = new StateStore(batched, fingerprints, capacity);
        var width = batched.WordCount;
        for (var round = 0; round < 40; round++)
        {
            var keys = new List<uint>();
            var parents = new List<int>();
            var expected = new List<(int, bool)>();
            for (var i = 0; i < 50; i++)
            {
                var state = Tuple(I((round * 7) + (i % 30)), I(i % 4), I(0));
                keys.AddRange(Key(batched, state));
                parents.Add(round);
                var key = Key(one, state);
                expected.Add(single.Add(key, round));
            }

            var indices = new int[parents.Count];
            var added = new bool[parents.Count];
            store.AddBatch(keys.ToArray(), parents.ToArray(), indices, added);
            Assert.Equal(expected, indices.Zip(added));
            Assert.Equal(keys.Count / width, parents.Count);
        }

        Assert.Equal(single.Count, store.Count);
        Assert.True(store.Count > 1000);
        Assert.Equal(fingerprints, store.UsesFingerprints);
        Assert.Equal(direct, store.UsesDirectTable);
    }

    [Fact]
    public async Task DecodeManyReadsEarlierStatesWhileAnotherThreadInsertsAndWidensTheFields()
    {
        // The search's workers decode the states of the level they expand while the merge appends
        // the next level's; the ids here outgrow their fields many times, so every row is rewritten
        // in a new layout again and again during the reads.
        var codec = Shaped(Tuple(I(0), I(0)));
        var store = new StateStore(codec);
        for (var i = 0; i < 64; i++)
        {
            store.Add(Key(codec, Tuple(I(i % 5), I(i % 7))), -1);
        }

        var earlier = Enumerable.Range(0, store.Count).ToArray();
        var expected = earlier.Select(i => store.Get(i).ToArray()).ToArray();
        using var inserted = new ManualResetEventSlim();
        var reader = Task.Run(() =>
        {
            uint[] keys = [];
            var reads = 0;
            while (!inserted.IsSet || reads == 0)
            {
                var width = store.DecodeMany(earlier, ref keys);
                for (var i = 0; i < earlier.Length; i++)
                {
                    Assert.Equal(expected[i], keys.AsSpan(i * width, width).ToArray());
                }

                reads++;
            }

            return reads;
        });

        for (var i = 0; i < 300_000; i++)
        {
            store.Add(Key(codec, Tuple(I(i), I(-i))), 0);
        }

        inserted.Set();
        Assert.True(await reader > 0);
        Assert.Equal(expected, earlier.Select(i => store.Get(i).ToArray()));
    }

    private static StateCodec Shaped(Value sample)
    {
        var codec = new StateCodec(1);
        codec.AdoptShape([sample]);
        return codec;
    }

    private static uint[] Key(StateCodec codec, params Value[] state)
    {
        var key = new uint[codec.WordCount];
        codec.Pack(state, key);
        return key;
    }

    /// <summary>Two distinct Grid-like keys whose 32-bit hashes are equal, found by search (the hash is deterministic).</summary>
    private static (uint[] A, uint[] B) CollidingKeys(StateCodec codec)
    {
        var seen = new Dictionary<int, uint[]>();
        for (var n = 0; ; n++)
        {
            var key = Key(codec, Tuple(I(n % 100), I(n / 100 % 100), I(n / 10000)));
            if (seen.TryGetValue(StateStore.Hash(key), out var other))
            {
                return (other, key);
            }

            seen.Add(StateStore.Hash(key), key);
        }
    }
}
