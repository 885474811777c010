using System.Collections.Immutable;
using System.Diagnostics;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Storage;

namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>The violations in the last layer, the choice among them, and the walk back to an initial state.</summary>
internal sealed partial class FewestSwitches
{
    /// <summary>For an invariant or a deadlock: the states of the last layer that show it.</summary>
    private Choice? ChooseTarget(int depth)
    {
        var layer = _layers[depth - 1];
        RunChunks(layer, _violation.Kind == ViolationKind.Invariant ? SinkMode.Invariant : SinkMode.CountOnly, depth + 1);
        var targets = new List<int>();
        for (var i = 0; i < layer.States.Count; i++)
        {
            var chunk = _chunks[i / BreadthFirstSearch.ChunkSize];
            var at = i % BreadthFirstSearch.ChunkSize;
            var shows = _violation.Kind == ViolationKind.Invariant
                ? chunk.Violates[at]
                : !chunk.Failed[at] && chunk.Successors[at] == 0;
            if (shows)
            {
                targets.Add(i);
            }
        }

        if (targets.Count == 0)
        {
            return null;
        }

        var best = int.MaxValue;
        long traces = 0;
        foreach (var j in targets)
        {
            best = Math.Min(best, layer.MinCost[j]);
            traces = Math.Min(CountCap, traces + layer.PathCount[j]);
        }

        // Why the first: states are in the search's order, so ties go to the search's own trace.
        var chosen = targets.First(j => layer.MinCost[j] == best);
        return WalkBack(layer.States[chosen], -1, best) is { } walk ? new Choice(walk.Path, walk.Actors, -1, best, traces) : null;
    }

    /// <summary>For an action property: the violating steps out of the last layer.</summary>
    private Choice? ChooseActionStep(int depth)
    {
        var layer = _layers[depth - 1];
        RunChunks(layer, SinkMode.ActionProperty, depth + 1);
        var width = _codec.WordCount;
        var distinct = new StateStore(_codec, initialCapacity: 1 << 8);
        var pairs = new HashSet<(int Source, int Target)>();
        var best = int.MaxValue;
        long traces = 0;
        (int Source, int Actor, int Ordinal, int Cost)? chosen = null;
        for (var c = 0; c < ChunkCount(layer); c++)
        {
            var chunk = _chunks[c];
            for (var i = 0; i < chunk.Count; i++)
            {
                var source = layer.States[chunk.Parents[i]];
                var actor = ActorId(chunk.Actors[i]);
                var cost = StepCost(source, actor);
                var (target, _) = distinct.Add(chunk.Packed(i, width), -1);
                if (pairs.Add((source, target)))
                {
                    traces = Math.Min(CountCap, traces + PathCountOf(source));
                }

                if (cost < best)
                {
                    best = cost;
                    chosen = (source, actor, chunk.Ordinals[i], cost);
                }
            }
        }

        if (chosen is not { } step)
        {
            return null;
        }

        return WalkBack(step.Source, step.Actor, step.Cost) is { } walk
            ? new Choice(walk.Path, [.. walk.Actors, step.Actor], step.Ordinal, best, traces)
            : null;
    }

    /// <summary>
    /// The path back from <paramref name="end"/> to an initial state that achieves
    /// <paramref name="budget"/> switches when the step after <paramref name="end"/> is by
    /// <paramref name="nextActor"/> (-1: no step after it). At each state the first incoming step
    /// that keeps within the budget is taken: the one from the predecessor first in the search's order.
    /// </summary>
    private (int[] Path, int[] Actors)? WalkBack(int end, int nextActor, int budget)
    {
        var path = new List<int> { end };
        var actors = new List<int>();
        var state = end;
        while (_layerOf[state] > 1)
        {
            var layer = _layers[_layerOf[state] - 1];
            var position = _positionOf[state];
            var found = false;
            for (var e = layer.InStart[position]; e < layer.InStart[position + 1]; e++)
            {
                var p = layer.InPredecessor[e];
                var a = layer.InActor[e];
                var cost = StepCost(p, a);
                if (cost + (nextActor >= 0 && a != nextActor ? 1 : 0) != budget)
                {
                    continue;
                }

                path.Add(p);
                actors.Add(a);
                state = p;
                nextActor = a;
                budget = cost;
                found = true;
                break;
            }

            Debug.Assert(found, "the budget came from these very steps");
            if (!found)
            {
                return null;
            }
        }

        path.Reverse();
        actors.Reverse();
        return ([.. path], [.. actors]);
    }

    private Counterexample BuildTrace(Counterexample original, Choice choice)
    {
        var worker = _sinks[0].Worker;
        var steps = ImmutableArray.CreateBuilder<TraceStep>(choice.Path.Length + (choice.LastOrdinal >= 0 ? 1 : 0));
        var previous = _codec.Unpack(Packed(choice.Path[0]));
        steps.Add(new TraceStep(previous, null));
        for (var i = 1; i <= choice.Actors.Length; i++)
        {
            var last = i == choice.Path.Length;
            var target = last ? null : _codec.Unpack(Packed(choice.Path[i]));
            var finder = new StepFinder(worker, target, _actors[choice.Actors[i - 1]], last ? choice.LastOrdinal : -1);
            try
            {
                worker.EnumerateNext(previous, finder);
            }
            catch (DiagnosticException)
            {
                // The step was found before the error, as during the pass.
            }

            if (finder.State is null)
            {
                // Cannot happen: the pass found this very step. Keep the search's trace rather than a wrong one.
                return original;
            }

            steps.Add(new TraceStep(finder.State, finder.Action ?? "Next"));
            previous = finder.State;
        }

        return original with { Steps = steps.MoveToImmutable() };
    }
}
