using System.Collections.Immutable;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Search.ShortestTraces;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Modeling;
using Xunit;

namespace ModelCheck.Tests.ShortestTraces;

/// <summary>The fewest-switches pass on a store filled here, breadth-first, to try its limits.</summary>
public sealed class FewestSwitchesLimitTests
{
    [Fact]
    public void TooManyStates_KeepsTheTrace_AndSaysWhy()
    {
        var (model, codec, store, trace) = Explored();

        var outcome = FewestSwitches.Find(model, codec, store, 1, trace, new TraceViolation(ViolationKind.Invariant, 0), stateLimit: 5);

        Assert.NotNull(outcome);
        Assert.Same(trace, outcome.Trace);
        Assert.Equal("Not searched for the shortest trace with the fewest process switches: more than 5 states up to depth 5.", outcome.Note);
    }

    [Fact]
    public void TooManySteps_KeepsTheTrace_AndSaysWhy()
    {
        var (model, codec, store, trace) = Explored();

        var outcome = FewestSwitches.Find(model, codec, store, 2, trace, new TraceViolation(ViolationKind.Invariant, 0), stepLimit: 4);

        Assert.Same(trace, outcome!.Trace);
        Assert.Equal("Not searched for the shortest trace with the fewest process switches: more than 4 steps up to depth 3.", outcome.Note);
    }

    [Fact]
    public void WithinLimits_FindsTheFewestSwitches()
    {
        var (model, codec, store, trace) = Explored();

        var outcome = FewestSwitches.Find(model, codec, store, 2, trace, new TraceViolation(ViolationKind.Invariant, 0));

        Assert.Equal(["A(p1)", "A(p2)", "B(p1)", "B(p2)"], trace.Steps.Skip(1).Select(s => s.Action));
        Assert.Equal(["A(p1)", "B(p1)", "A(p2)", "B(p2)"], outcome!.Trace.Steps.Skip(1).Select(s => s.Action));
        Assert.Equal("Among 6 shortest traces, this one switches process 1 time (the fewest).", outcome.Note);
    }

    /// <summary>
    /// <see cref="SwitchSpecs.TwoSteps"/> explored breadth-first into a store, up to its first
    /// violation, and the trace through first-found parents (the search's own).
    /// </summary>
    private static (IModel Model, StateCodec Codec, StateStore Store, Counterexample Trace) Explored()
    {
        using var dir = new TempDirectory();
        var outcome = ModelBuilder.Build(dir.Write("TwoSteps.tla", SwitchSpecs.TwoSteps), dir.Write("TwoSteps.cfg", SwitchSpecs.TwoStepsInvariant), []);
        var model = outcome.Model!;
        var worker = model.CreateWorker();
        var codec = new StateCodec(model.VariableNames.Length);
        var store = new StateStore(codec);
        var level = new List<int>();
        var initial = new Collector();
        worker.EnumerateInitial(initial);
        foreach (var state in initial.States)
        {
            level.Add(Add(codec, store, state, -1).Index);
        }

        while (true)
        {
            var next = new List<int>();
            foreach (var index in level)
            {
                var successors = new Collector();
                worker.EnumerateNext(codec.Unpack(store.Get(index)), successors);
                foreach (var state in successors.States)
                {
                    var (added, isNew) = Add(codec, store, state, index);
                    if (!isNew)
                    {
                        continue;
                    }

                    if (worker.FirstViolatedInvariant(state) >= 0)
                    {
                        return (model, codec, store, Trace(model, codec, store, added));
                    }

                    next.Add(added);
                }
            }

            level = next;
        }
    }

    private static (int Index, bool Added) Add(StateCodec codec, StateStore store, Value[] state, int parent)
    {
        var packed = new uint[codec.WordCount];
        codec.Pack(state, packed);
        return store.Add(packed, parent);
    }

    private static Counterexample Trace(IModel model, StateCodec codec, StateStore store, int end)
    {
        var path = new List<int>();
        for (var i = end; i >= 0; i = store.ParentOf(i))
        {
            path.Add(i);
        }

        path.Reverse();
        var worker = model.CreateWorker();
        var steps = ImmutableArray.CreateBuilder<TraceStep>();
        Value[]? previous = null;
        foreach (var index in path)
        {
            var state = codec.Unpack(store.Get(index));
            string? action = null;
            if (previous is not null)
            {
                var finder = new ActionFinder(worker, state);
                worker.EnumerateNext(previous, finder);
                action = finder.Action;
            }

            steps.Add(new TraceStep(state, action));
            previous = state;
        }

        return new Counterexample(model.VariableNames, steps.ToImmutable());
    }

    private sealed class Collector : ISuccessorSink
    {
        public List<Value[]> States { get; } = [];

        public void Add(Value[] state) => States.Add((Value[])state.Clone());
    }
}
