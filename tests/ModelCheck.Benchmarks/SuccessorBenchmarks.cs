using BenchmarkDotNet.Attributes;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Benchmarks;

/// <summary>
/// Evaluating Grid's next-state action on one state (four successors), with each successor's
/// function built (a sink that takes only values) and unbuilt (the search's sinks), and its invariant.
/// </summary>
[MemoryDiagnoser]
public class SuccessorBenchmarks
{
    private readonly CountingSink _sink = new();
    private readonly CountingChangeSink _changeSink = new();
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
    public long GridEnumerateNextUnbuilt()
    {
        _changeSink.Count = 0;
        _worker.EnumerateNext(_state, _changeSink);
        return _changeSink.Count;
    }

    [Benchmark]
    public int GridInvariant() => _worker.FirstViolatedInvariant(_state);
}
