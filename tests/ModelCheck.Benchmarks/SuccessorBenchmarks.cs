using BenchmarkDotNet.Attributes;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Benchmarks;

/// <summary>Evaluating Grid's next-state action on one state (four successors), and its invariant.</summary>
[MemoryDiagnoser]
public class SuccessorBenchmarks
{
    private readonly CountingSink _sink = new();
    private IModelWorker _worker = null!;
    private Value[] _state = [];

    [GlobalSetup]
    public void Setup()
    {
        var model = BenchInputs.Build(BenchInputs.GridSpec);
        _worker = model.CreateWorker();
        _state = BenchInputs.StateAfter(model, 10);
    }

    [Benchmark]
    public long GridEnumerateNext()
    {
        _sink.Count = 0;
        _worker.EnumerateNext(_state, _sink);
        return _sink.Count;
    }

    [Benchmark]
    public int GridInvariant() => _worker.FirstViolatedInvariant(_state);
}
