using BenchmarkDotNet.Attributes;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Benchmarks;

/// <summary>
/// The seen set on Grid keys: inserting 100,000 new states into an empty store (growth included),
/// and looking up states that are present or absent, exact or with fingerprints.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int States = 100_000;
    private StateCodec _codec = null!;
    private StateStore _filled = null!;
    private uint[][] _keys = [];
    private int[] _hashes = [];
    private uint[][] _absentKeys = [];
    private int[] _absentHashes = [];

    [Params(false, true)]
    public bool Fingerprints { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _codec = new StateCodec(1);
        _codec.AdoptShape([Grid(0)]);
        (_keys, _hashes) = Keys(0, States);
        (_absentKeys, _absentHashes) = Keys(States, States);
        _filled = Fill();
    }

    [Benchmark(OperationsPerInvoke = States)]
    public int Insert() => Fill().Count;

    [Benchmark(OperationsPerInvoke = States)]
    public int LookUpPresent()
    {
        var found = 0;
        for (var i = 0; i < States; i++)
        {
            found += _filled.Contains(_keys[i], _hashes[i]) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = States)]
    public int LookUpAbsent()
    {
        var found = 0;
        for (var i = 0; i < States; i++)
        {
            found += _filled.Contains(_absentKeys[i], _absentHashes[i]) ? 1 : 0;
        }

        return found;
    }

    private static Value Grid(int n) =>
        new TupleValue([IntValue.Of(n % 30), IntValue.Of(n / 30 % 30), IntValue.Of(n / 900 % 30), IntValue.Of(n / 27000 % 30)]);

    private StateStore Fill()
    {
        var store = new StateStore(_codec, Fingerprints);
        for (var i = 0; i < States; i++)
        {
            store.Add(_keys[i], i - 1);
        }

        return store;
    }

    private (uint[][] Keys, int[] Hashes) Keys(int first, int count)
    {
        var keys = new uint[count][];
        var hashes = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = new uint[_codec.WordCount];
            _codec.Pack([Grid(first + i)], keys[i]);
            hashes[i] = StateStore.Hash(keys[i]);
        }

        return (keys, hashes);
    }
}
