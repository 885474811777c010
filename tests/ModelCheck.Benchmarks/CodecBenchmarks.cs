using BenchmarkDotNet.Attributes;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Benchmarks;

/// <summary>
/// Packing and unpacking one Grid state: a successor packed with the memo of its parent (three of
/// four slots are copied), the same successor packed from its parent's key as a change (the search's
/// case for <c>x' = [x EXCEPT ![i] = e]</c>), a state packed cold (every slot interned), unpacking,
/// and hashing a key.
/// </summary>
[MemoryDiagnoser]
public class CodecBenchmarks
{
    private StateCodec _codec = null!;
    private StateCodec _coldCodec = null!;
    private Value[] _successor = [];
    private Value[] _unpacked = [];
    private ImageChange[] _change = [];
    private uint[] _key = [];
    private uint[] _parentKey = [];
    private readonly PackMemo _memo = new();

    [GlobalSetup]
    public void Setup()
    {
        var model = BenchInputs.Build(BenchInputs.GridSpec);
        var state = BenchInputs.StateAfter(model, 10);
        _codec = new StateCodec(state.Length);
        _codec.AdoptShape(state);
        _coldCodec = new StateCodec(state.Length);
        _coldCodec.AdoptShape(state);
        _parentKey = new uint[_codec.WordCount];
        _key = new uint[_codec.WordCount];
        _codec.Pack(state, _parentKey);
        _coldCodec.Pack(state, _key);
        _unpacked = new Value[state.Length];
        _codec.UnpackInto(_parentKey, _unpacked, _memo);
        var sink = new CaptureSink(1);
        model.CreateWorker().EnumerateNext(_unpacked, sink);
        _successor = sink.States[0];

        // The one image in which the successor's function differs from its parent's.
        var parent = (FunctionValue)_unpacked[0];
        var child = (FunctionValue)_successor[0];
        var position = 0;
        while (parent.ValueAt(position).Equals(child.ValueAt(position)))
        {
            position++;
        }

        _change = [new ImageChange(0, ImageChange.Extend(0, 0, position), 1, child.ValueAt(position))];
    }

    [Benchmark]
    public uint PackSuccessorWithMemo()
    {
        _codec.Pack(_successor, _key, _memo);
        return _key[0];
    }

    [Benchmark]
    public uint PackChangedFromParent()
    {
        _codec.PackChanged(_unpacked, _change, _key, _memo);
        return _key[0];
    }

    [Benchmark]
    public uint PackCold()
    {
        _coldCodec.Pack(_successor, _key);
        return _key[0];
    }

    [Benchmark]
    public int UnpackInto()
    {
        _codec.UnpackInto(_parentKey, _unpacked, _memo);
        return _unpacked.Length;
    }

    [Benchmark]
    public int HashKey() => StateStore.Hash(_parentKey);
}
