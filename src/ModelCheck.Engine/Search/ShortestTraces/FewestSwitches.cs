using System.Globalization;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;

namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>
/// Among all shortest counterexamples that show the same violation, finds the one whose acting
/// process changes least often from step to step, so that a reviewer follows one process at a time.
/// </summary>
/// <remarks>
/// <para>
/// Why re-explore: the search keeps one parent per state, so it knows one shortest trace. This pass
/// walks the model again, layer by layer up to the violation's depth, recording every step from a
/// layer into the next with its acting process; a dynamic program over (state, last actor) then
/// gives the fewest switches, and a walk back from the violation picks, among the best traces, the
/// one whose states come first in the search's order. That is the search's own trace whenever it is
/// already among the best, so nothing changes for specs that need no help.
/// </para>
/// <para>
/// States are named by their number in the search's store (the states it never stored, beyond the
/// violation in the last layer, get numbers after those), so this pass adds no seen set of its own.
/// It never changes a verdict or a count: it only replaces the trace.
/// </para>
/// </remarks>
internal sealed partial class FewestSwitches
{
    /// <summary>Path counts stop growing here; the note then says "at least".</summary>
    public const long CountCap = 1_000_000_000_000_000_000;

    /// <summary>
    /// The most states this pass visits before giving up with a note. Why this many: the pass
    /// expands every state before the violation's layer again, so it costs about what the search
    /// did; beyond a million states that is tens of seconds, more than a nicer trace is worth.
    /// </summary>
    public const int DefaultStateLimit = 1_000_000;

    /// <summary>The most steps between layers this pass records before giving up with a note.</summary>
    public const long DefaultStepLimit = 20_000_000;

    private readonly IModel _model;
    private readonly StateCodec _codec;
    private readonly StateStore _store;
    private readonly StateStore _extras;
    private readonly int _storeCount;
    private readonly TraceViolation _violation;
    private readonly int _stateLimit;
    private readonly long _stepLimit;
    private readonly LayerSink[] _sinks;
    private readonly List<LayerChunk> _chunks = [];
    private readonly List<Layer> _layers = [];
    private readonly Dictionary<string, int> _actorIds = new(StringComparer.Ordinal);
    private readonly List<string> _actors = [];
    private int[] _layerOf;
    private int[] _positionOf;
    private long _reached;
    private long _steps;
    private string? _limitNote;

    private FewestSwitches(IModel model, StateCodec codec, StateStore store, int workers, TraceViolation violation, int stateLimit, long stepLimit)
    {
        _model = model;
        _codec = codec;
        _store = store;
        _storeCount = store.Count;
        _extras = new StateStore(codec, initialCapacity: 1 << 10);
        _violation = violation;
        _stateLimit = stateLimit;
        _stepLimit = stepLimit;
        _sinks = new LayerSink[Math.Max(1, workers)];
        for (var i = 0; i < _sinks.Length; i++)
        {
            _sinks[i] = new LayerSink(this, model.CreateWorker());
        }

        _layerOf = new int[_storeCount + 1024];
        _positionOf = new int[_storeCount + 1024];
    }

    /// <summary>
    /// The shortest trace with the fewest switches of acting process among those that end in the
    /// same violation as <paramref name="trace"/>, which the search found in <paramref name="store"/>;
    /// null when there is nothing to choose (a trace of fewer than three states).
    /// </summary>
    /// <param name="model">The model searched.</param>
    /// <param name="codec">The search's codec.</param>
    /// <param name="store">The search's seen set, numbered in breadth-first order; read only.</param>
    /// <param name="workers">Threads to expand layers with; the result does not depend on it.</param>
    /// <param name="trace">The search's counterexample, a shortest one.</param>
    /// <param name="violation">What the counterexample shows.</param>
    /// <param name="stateLimit">Give up (with a note) beyond this many states.</param>
    /// <param name="stepLimit">Give up (with a note) beyond this many recorded steps.</param>
    public static FewestSwitchesOutcome? Find(
        IModel model,
        StateCodec codec,
        StateStore store,
        int workers,
        Counterexample trace,
        TraceViolation violation,
        int stateLimit = DefaultStateLimit,
        long stepLimit = DefaultStepLimit)
    {
        if (trace.Steps.Length < 3 || trace.LoopIndex is not null)
        {
            return null;
        }

        // The layers whose states a trace visits before its last step's target: for an action
        // property the last step may go anywhere, so the last layer is that of its source.
        var depth = violation.Kind == ViolationKind.ActionProperty ? trace.Steps.Length - 1 : trace.Steps.Length;
        if (store.Count > stateLimit)
        {
            return new FewestSwitchesOutcome(trace, SkippedNote(stateLimit, "states", depth));
        }

        return new FewestSwitches(model, codec, store, workers, violation, stateLimit, stepLimit).Run(trace, depth);
    }

    private static string SkippedNote(long limit, string what, int depth) =>
        string.Create(CultureInfo.InvariantCulture, $"Not searched for the shortest trace with the fewest process switches: more than {limit:N0} {what} up to depth {depth}.");

    private FewestSwitchesOutcome? Run(Counterexample trace, int depth)
    {
        if (!BuildInitialLayer())
        {
            return null;
        }

        for (var k = 1; k < depth; k++)
        {
            if (!Expand(k))
            {
                return _limitNote is null ? null : new FewestSwitchesOutcome(trace, _limitNote);
            }

            Score(_layers[k]);
        }

        var choice = _violation.Kind == ViolationKind.ActionProperty ? ChooseActionStep(depth) : ChooseTarget(depth);
        if (choice is null)
        {
            return null;
        }

        var chosen = BuildTrace(trace, choice);
        return new FewestSwitchesOutcome(chosen, _actors.Count <= 1 ? null : Note(choice));
    }

    private static string Note(Choice choice)
    {
        var times = choice.Switches == 1 ? "1 time" : string.Create(CultureInfo.InvariantCulture, $"{choice.Switches} times");
        if (choice.Traces == 1)
        {
            return $"This is the only shortest trace; it switches process {times}.";
        }

        var among = choice.Traces >= CountCap
            ? string.Create(CultureInfo.InvariantCulture, $"at least {CountCap:N0}")
            : choice.Traces.ToString("N0", CultureInfo.InvariantCulture);
        return $"Among {among} shortest traces, this one switches process {times} (the fewest).";
    }

    /// <summary>The packed words of state <paramref name="id"/>: the search's store first, then the states only this pass reached.</summary>
    private ReadOnlySpan<uint> Packed(int id) => id < _storeCount ? _store.Get(id) : _extras.Get(id - _storeCount);

    private bool BuildInitialLayer()
    {
        var layer = new Layer();
        var worker = _sinks[0].Worker;
        var collector = new InitialCollector(worker, _codec, _store);
        try
        {
            worker.EnumerateInitial(collector);
        }
        catch (DiagnosticException)
        {
            // The search enumerated them without error, or it would not have got this far.
            return false;
        }

        foreach (var id in collector.Ids)
        {
            if (id < 0)
            {
                // An initial state the search did not store: the store is not what this pass expects.
                return false;
            }

            if (_layerOf[id] != 0)
            {
                continue;
            }

            _layerOf[id] = 1;
            _positionOf[id] = layer.States.Count;
            layer.States.Add(id);
        }

        layer.PathCount = new long[layer.States.Count];
        Array.Fill(layer.PathCount, 1);
        layer.MinCost = new int[layer.States.Count];
        _reached = layer.States.Count;
        _layers.Add(layer);
        return layer.States.Count > 0;
    }

    /// <summary>Expands layer <paramref name="k"/> (1-based) into layer k + 1 with its incoming steps.</summary>
    private bool Expand(int k)
    {
        var layer = _layers[k - 1];
        var nextNumber = k + 1;
        RunChunks(layer, SinkMode.Steps, nextNumber);
        var next = new Layer();
        var sources = new List<int>();
        var targets = new List<int>();
        var actors = new List<int>();
        var seen = new HashSet<(int Target, int Actor)>();
        var lastParent = -1;
        var width = _codec.WordCount;
        var chunkCount = ChunkCount(layer);
        for (var c = 0; c < chunkCount; c++)
        {
            var chunk = _chunks[c];
            for (var i = 0; i < chunk.Count; i++)
            {
                var parent = chunk.Parents[i];
                if (parent != lastParent)
                {
                    seen.Clear();
                    lastParent = parent;
                }

                var id = chunk.Targets[i];
                if (id < 0)
                {
                    var (extra, _) = _extras.Add(chunk.Packed(i, width), -1);
                    id = _storeCount + extra;
                    EnsureIds(id);
                }

                if (_layerOf[id] == 0)
                {
                    if (++_reached > _stateLimit)
                    {
                        _limitNote = SkippedNote(_stateLimit, "states", nextNumber);
                        return false;
                    }

                    _layerOf[id] = nextNumber;
                    _positionOf[id] = next.States.Count;
                    next.States.Add(id);
                }
                else if (_layerOf[id] != nextNumber)
                {
                    continue;
                }

                var actor = ActorId(chunk.Actors[i]);
                if (!seen.Add((id, actor)))
                {
                    continue;
                }

                if (++_steps > _stepLimit)
                {
                    _limitNote = SkippedNote(_stepLimit, "steps", nextNumber);
                    return false;
                }

                sources.Add(layer.States[parent]);
                targets.Add(_positionOf[id]);
                actors.Add(actor);
            }
        }

        GroupByTarget(next, sources, targets, actors);
        _layers.Add(next);
        return next.States.Count > 0;
    }

    /// <summary>Stores the steps into <paramref name="next"/> grouped by target, keeping the order found within each group.</summary>
    private static void GroupByTarget(Layer next, List<int> sources, List<int> targets, List<int> actors)
    {
        var n = next.States.Count;
        var start = new int[n + 1];
        foreach (var t in targets)
        {
            start[t + 1]++;
        }

        for (var j = 0; j < n; j++)
        {
            start[j + 1] += start[j];
        }

        var fill = (int[])start.Clone();
        var predecessors = new int[targets.Count];
        var stepActors = new int[targets.Count];
        for (var e = 0; e < targets.Count; e++)
        {
            var slot = fill[targets[e]]++;
            predecessors[slot] = sources[e];
            stepActors[slot] = actors[e];
        }

        next.InStart = start;
        next.InPredecessor = predecessors;
        next.InActor = stepActors;
    }

    /// <summary>The fewest switches and the number of shortest paths to each state of <paramref name="layer"/>.</summary>
    private void Score(Layer layer)
    {
        var n = layer.States.Count;
        var nodeStart = new int[n + 1];
        var nodeActors = new List<int>();
        var nodeCosts = new List<int>();
        var minCost = new int[n];
        var pathCount = new long[n];
        for (var j = 0; j < n; j++)
        {
            nodeStart[j] = nodeActors.Count;
            var best = int.MaxValue;
            long count = 0;
            var lastPredecessor = -1;
            for (var e = layer.InStart[j]; e < layer.InStart[j + 1]; e++)
            {
                var p = layer.InPredecessor[e];
                var a = layer.InActor[e];
                var cost = StepCost(p, a);
                var at = nodeActors.IndexOf(a, nodeStart[j]);
                if (at < 0)
                {
                    nodeActors.Add(a);
                    nodeCosts.Add(cost);
                }
                else if (cost < nodeCosts[at])
                {
                    nodeCosts[at] = cost;
                }

                best = Math.Min(best, cost);

                // Steps from one predecessor are adjacent; paths count as sequences of states.
                if (p != lastPredecessor)
                {
                    count = Math.Min(CountCap, count + PathCountOf(p));
                    lastPredecessor = p;
                }
            }

            minCost[j] = best;
            pathCount[j] = count;
        }

        nodeStart[n] = nodeActors.Count;
        layer.NodeStart = nodeStart;
        layer.NodeActor = [.. nodeActors];
        layer.NodeCost = [.. nodeCosts];
        layer.MinCost = minCost;
        layer.PathCount = pathCount;
    }

    /// <summary>The fewest switches of a shortest path through <paramref name="source"/> whose last step is by <paramref name="actor"/>.</summary>
    private int StepCost(int source, int actor)
    {
        var number = _layerOf[source];
        if (number == 1)
        {
            return 0;
        }

        var layer = _layers[number - 1];
        var position = _positionOf[source];
        var best = layer.MinCost[position] + 1;
        for (var x = layer.NodeStart[position]; x < layer.NodeStart[position + 1]; x++)
        {
            if (layer.NodeActor[x] == actor)
            {
                return Math.Min(best, layer.NodeCost[x]);
            }
        }

        return best;
    }

    private long PathCountOf(int id) => _layers[_layerOf[id] - 1].PathCount[_positionOf[id]];

    private int ActorId(string actor)
    {
        if (!_actorIds.TryGetValue(actor, out var id))
        {
            id = _actors.Count;
            _actors.Add(actor);
            _actorIds[actor] = id;
        }

        return id;
    }

    private void EnsureIds(int id)
    {
        if (id < _layerOf.Length)
        {
            return;
        }

        var size = Math.Max(id + 1, _layerOf.Length * 2);
        Array.Resize(ref _layerOf, size);
        Array.Resize(ref _positionOf, size);
    }

    private static int ChunkCount(Layer layer) => (layer.States.Count + BreadthFirstSearch.ChunkSize - 1) / BreadthFirstSearch.ChunkSize;
}
