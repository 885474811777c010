using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.ObjectPool;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>
/// Level-synchronous breadth-first search. Each level is cut into chunks that workers expand in
/// parallel; the chunks are merged into the seen set in level order, one thread at a time, while
/// later chunks are still being expanded.
/// </summary>
/// <remarks>
/// Why level-synchronous: state numbers, parent links, counts and the first error found depend only
/// on the order of the previous level and of each state's successors, never on thread timing, so
/// <c>--workers N</c> gives byte-identical results to <c>--workers 1</c>, and every counterexample
/// is a shortest one (TLC loses both with several workers).
/// </remarks>
internal sealed partial class BreadthFirstSearch
{
    /// <summary>States per unit of parallel work.</summary>
    internal const int ChunkSize = 512;
    private readonly IModel _model;
    private readonly SearchOptions _options;
    private readonly StateCodec _codec;
    private readonly StateStore _store;
    private readonly ObjectPool<ExpansionScratch> _scratch;
    private readonly Liveness.StateGraph? _graph;
    private long _generated;
    private long _expandTicks;
    private long _mergeTicks;
    private long _invariantTicks;
    private int _levels;
    private ChunkWorkers? _workers;
    private int _depth;
    private int _initialCount;

    /// <summary>Prepares a search of <paramref name="model"/>.</summary>
    public BreadthFirstSearch(IModel model, SearchOptions options)
    {
        _model = model;
        _options = options;
        _codec = new StateCodec(model.VariableNames.Length);
        _store = new StateStore(_codec, options.Fingerprints);
        var recordGraph = model.Liveness is not null;
        if (recordGraph)
        {
            _graph = new Liveness.StateGraph(model.Liveness!.EdgeAtoms.Length > 0);
        }

        _scratch = new DefaultObjectPool<ExpansionScratch>(
            new ExpansionScratchPolicy(model, _codec, _store, recordGraph, !model.ActionPropertyNames.IsEmpty),
            Math.Max(1, options.Workers) * 2);
    }

    /// <summary>Runs the search to the end, the first error, or cancellation.</summary>
    public SearchResult Run(CancellationToken cancellation = default)
    {
        using var workers = _options.Workers > 1 ? new ChunkWorkers(_options.Workers, _scratch) : null;
        _workers = workers;
        try
        {
            return RunLevels(cancellation);
        }
        finally
        {
            _workers = null;
        }
    }

    private SearchResult RunLevels(CancellationToken cancellation)
    {
        var level = new List<int>();
        var initial = RunInitial(level);
        if (initial is not null)
        {
            return initial;
        }

        if (level.Count > 0)
        {
            _depth = 1;
        }

        _initialCount = _store.Count;

        // Why two lists taking turns: a new list per level grew by doubling every level, a large
        // object for every wide level (about 6% of Grid's allocations); the list of the level before
        // last is done with when a level starts.
        var spare = new List<int>();
        while (level.Count > 0)
        {
            if (cancellation.IsCancellationRequested || (_options.MaxDistinctStates > 0 && _store.Count >= _options.MaxDistinctStates))
            {
                return Finish(Verdict.Interrupted, level.Count, null, null, -1);
            }

            var started = Stopwatch.GetTimestamp();
            _levels++;
            var next = spare;
            next.Clear();
            SearchResult? stop;
            if (_workers is null)
            {
                stop = ExpandAndInsert(level, next);
                _expandTicks += Stopwatch.GetTimestamp() - started;
            }
            else
            {
                stop = ExpandAndMerge(level, next, started);
            }

            if (stop is not null)
            {
                return stop;
            }

            spare = level;
            level = next;
            if (level.Count > 0)
            {
                _depth++;
            }
        }

        return _graph is null ? Finish(Verdict.Success, 0, null, null, -1) : CheckLiveness();
    }

    private SearchResult? RunInitial(List<int> level)
    {
        var scratch = _scratch.Get();
        try
        {
            var sink = new InitialSink(this, scratch, level);
            scratch.Worker.EnumerateInitial(sink);
            return sink.Result;
        }
        catch (DiagnosticException e)
        {
            return Finish(Verdict.EvaluationError, level.Count, null, e.Diagnostic, -1);
        }
        finally
        {
            _scratch.Return(scratch);
        }
    }

    private void ExpandChunk(List<int> level, int chunk, ChunkOutput output, ExpansionScratch scratch)
    {
        output.Reset();
        var start = chunk * ChunkSize;
        var end = Math.Min(level.Count, start + ChunkSize);
        var sink = scratch.Sink;
        sink.Begin(output);
        scratch.DecodeChunk(_store, CollectionsMarshal.AsSpan(level)[start..end]);
        for (var i = start; i < end; i++)
        {
            var stateIndex = level[i];
            var state = scratch.LoadDecoded(i - start);
            sink.BeginParent(stateIndex, state);
            try
            {
                if (_graph is not null)
                {
                    output.ParentAtoms[i - start] = scratch.Worker.StateAtoms(state);
                }

                scratch.Worker.EnumerateNext(state, sink);
            }
            catch (DiagnosticException e)
            {
                output.EventState = stateIndex;
                output.EventError = e.Diagnostic;
                output.EventIsAssert = e.Diagnostic.Code == AssertCode;
                return;
            }

            if (output.HasStepEvent)
            {
                output.EventState = stateIndex;
                return;
            }

            if (sink.Successors == 0 && _options.CheckDeadlock)
            {
                output.EventState = stateIndex;
                return;
            }
        }
    }

    /// <summary>
    /// Adds a chunk's successors to the seen set in their order and records their edges, beginning
    /// each expanded state's row of the graph before its edges. Returns the level position of the
    /// first parent whose row is not begun yet.
    /// </summary>
    private int MergeWithGraph(List<int> level, ChunkOutput output, int chunk, int width, List<int> next)
    {
        var graph = _graph!;
        var parentPosition = chunk * ChunkSize;
        for (var k = 0; k < output.Count; k++)
        {
            // States are numbered, and expanded, in level order, so the graph's rows fill in order.
            while (graph.StateCount <= output.Parents[k])
            {
                graph.BeginState(level[parentPosition], output.ParentAtoms[parentPosition - (chunk * ChunkSize)]);
                parentPosition++;
            }

            var (index, added) = _store.Add(output.Packed(k, width), output.Parents[k]);
            graph.AddEdge(index, output.EdgeAtoms[k]);
            if (added)
            {
                next.Add(index);
                output.NoteNew(k);
            }
        }

        return parentPosition;
    }

    /// <summary>
    /// Adds a chunk's successors to the seen set in their order, in batches whose table slots are
    /// fetched ahead (see <see cref="StateStore.AddBatch"/>), and appends the new ones to <paramref name="next"/>.
    /// </summary>
    private void MergeBatches(ChunkOutput output, int width, List<int> next)
    {
        Span<int> indices = stackalloc int[InsertingSink.BatchSize];
        Span<bool> added = stackalloc bool[InsertingSink.BatchSize];
        for (var first = 0; first < output.Count; first += InsertingSink.BatchSize)
        {
            var count = Math.Min(InsertingSink.BatchSize, output.Count - first);
            _store.AddBatch(output.PackedRange(first, count, width), output.Parents.AsSpan(first, count), indices, added);
            for (var j = 0; j < count; j++)
            {
                if (added[j])
                {
                    next.Add(indices[j]);
                    output.NoteNew(first + j);
                }
            }
        }
    }

    private int DepthOf(int index)
    {
        var depth = 1;
        while ((index = _store.ParentOf(index)) >= 0)
        {
            depth++;
        }

        return depth;
    }

    private SearchResult Finish(Verdict verdict, long leftOnQueue, string? property, Diagnostic? error, int traceEnd, bool review = true)
    {
        Counterexample? trace = null;
        if (traceEnd >= 0)
        {
            trace = BuildTrace(traceEnd);
            if (_model.Symmetry is { } symmetry)
            {
                // Why here: the stored states are least images; the trace shown is a behaviour, and an
                // error is the one its last state raises (with that state's values in the message).
                var finder = new Symmetry.BehaviourFinder(_model.CreateWorker(), symmetry);
                trace = finder.Realize(trace);
                if (error is not null)
                {
                    error = finder.Reproduce(trace.Steps[^1].State) ?? error;
                }
            }
        }

        var stats = _store.Statistics(_model.VariableNames);
        var phases = new PhaseTimes(
            (double)_expandTicks / Stopwatch.Frequency,
            (double)_mergeTicks / Stopwatch.Frequency,
            (double)_invariantTicks / Stopwatch.Frequency,
            _levels,
            _workers is null);
        var result = new SearchResult(verdict, _store.Count, _generated, _depth, leftOnQueue, property, error, trace, stats) { Phases = phases };
        if (!review || trace is null || verdict is not (Verdict.SafetyFailure or Verdict.Deadlock))
        {
            return result;
        }

        // Why after the counts are taken: the review re-explores the model but never changes a verdict or a count.
        var violation = verdict == Verdict.Deadlock
            ? new ShortestTraces.TraceViolation(ShortestTraces.ViolationKind.Deadlock, -1)
            : new ShortestTraces.TraceViolation(ShortestTraces.ViolationKind.Invariant, _model.InvariantNames.IndexOf(property!));
        return ShortestTraces.TraceReview.Apply(result, violation, _model, _codec, _store, _options.Workers);
    }

    /// <summary>The error code the model uses for a failed TLC Assert.</summary>
    internal const string AssertCode = "TLC0014";

    private Counterexample BuildTrace(int end)
    {
        var path = new List<int>();
        for (var i = end; i >= 0; i = _store.ParentOf(i))
        {
            path.Add(i);
        }

        path.Reverse();
        var steps = ImmutableArray.CreateBuilder<TraceStep>(path.Count);
        var scratch = _scratch.Get();
        try
        {
            Value[]? previous = null;
            foreach (var index in path)
            {
                var state = _codec.Unpack(_store.Get(index));
                string? action = null;
                if (previous is not null)
                {
                    var finder = new ActionFinder(scratch.Worker, state);
                    try
                    {
                        scratch.Worker.EnumerateNext(previous, finder);
                    }
                    catch (DiagnosticException)
                    {
                        // The step was found before the error, or the error is the one being reported.
                    }

                    action = finder.Action ?? "Next";
                }
                else
                {
                    action = null;
                }

                steps.Add(new TraceStep(state, action));
                previous = state;
            }
        }
        finally
        {
            _scratch.Return(scratch);
        }

        return new Counterexample(_model.VariableNames, steps.MoveToImmutable());
    }
}
