using System.Collections.Immutable;

namespace ModelCheck.Engine.Liveness;

/// <summary>Turns a fair component into a lasso: a breadth-first stem and a short fair cycle.</summary>
internal sealed partial class LivenessChecker
{
    private LivenessViolation BuildLasso(LivenessObligation obligation, int[][] parents, List<int> component)
    {
        // The cycle starts where the stem first reaches the component.
        var entry = component[0];
        foreach (var s in component)
        {
            if (_rank![s] < _rank[entry])
            {
                entry = s;
            }
        }

        var stem = new List<int>();
        var current = entry;
        for (var p = parents.Length - 1; p >= 0; p--)
        {
            var links = parents[p];
            var segment = new List<int>();
            for (var s = current; s != Root; s = links[s])
            {
                segment.Add(s);
            }

            segment.Reverse();
            if (stem.Count > 0)
            {
                // The phase's last state is the next phase's entry, already on the stem.
                segment.RemoveAt(segment.Count - 1);
            }

            stem.InsertRange(0, segment);
            current = segment.Count > 0 ? segment[0] : current;
        }

        var stamp = ++_stamp;
        foreach (var s in component)
        {
            _member![s] = stamp;
        }

        var (cycle, fairBy) = BuildCycle(obligation, entry, stamp, component);
        var path = ImmutableArray.CreateBuilder<int>(stem.Count + cycle.Count);
        path.AddRange(stem);
        var loopStart = stem.Count - 1;
        path.AddRange(cycle);
        return new LivenessViolation(obligation, path.ToImmutable(), loopStart, cycle.Count == 0, fairBy);
    }

    /// <summary>
    /// A cycle from <paramref name="entry"/> back to it inside the component, visiting what fairness
    /// and the obligation require, nearest first. Returns the states after the entry (the last one
    /// steps back to the entry); empty means stuttering at the entry.
    /// </summary>
    private (List<int> Cycle, ImmutableArray<string> FairBy) BuildCycle(LivenessObligation obligation, int entry, int stamp, List<int> component)
    {
        var fairBy = ImmutableArray.CreateBuilder<string>();
        var cycle = new List<int>();
        var position = entry;
        var visited = new HashSet<int> { entry };
        var takenAtoms = 0u;

        foreach (var must in obligation.CycleMustVisit)
        {
            if (!Visited(visited, must))
            {
                var path = PathTo(position, stamp, obligation.ExcludedEdgeAtoms, s => must.Holds(_graph.StateAtoms(s)), null);
                Walk(path, cycle, visited, ref position, ref takenAtoms);
            }
        }

        foreach (var f in _spec.Fairness)
        {
            var enabledBit = 1UL << f.EnabledAtom;
            var takenBit = 1u << f.TakenAtom;
            var allDisabled = component.TrueForAll(s => (_graph.StateAtoms(s) & enabledBit) == 0);
            if (allDisabled || (takenAtoms & takenBit) != 0)
            {
                continue;
            }

            if (!f.IsStrong && visited.Any(s => (_graph.StateAtoms(s) & enabledBit) == 0))
            {
                continue;
            }

            // Nearest: a state where the action is disabled (weak fairness only) or a step that takes it.
            var path = PathTo(position, stamp, obligation.ExcludedEdgeAtoms, f.IsStrong ? null : s => (_graph.StateAtoms(s) & enabledBit) == 0, takenBit);
            Walk(path, cycle, visited, ref position, ref takenAtoms);
            if ((takenAtoms & takenBit) != 0)
            {
                fairBy.Add(f.Name);
            }
        }

        if (position != entry)
        {
            var back = PathTo(position, stamp, obligation.ExcludedEdgeAtoms, s => s == entry, null);
            Walk(back, cycle, visited, ref position, ref takenAtoms);
        }

        // The walk ends on the entry; the lasso lists the cycle without repeating it.
        if (cycle.Count > 0)
        {
            cycle.RemoveAt(cycle.Count - 1);
            if (cycle.Count == 0)
            {
                // A real step from the entry back to itself: keep it as a one-state loop.
                cycle.Add(entry);
            }
        }

        return (cycle, fairBy.ToImmutable());
    }

    private bool Visited(HashSet<int> visited, AtomCondition condition)
    {
        foreach (var s in visited)
        {
            if (condition.Holds(_graph.StateAtoms(s)))
            {
                return true;
            }
        }

        return false;
    }

    private static void Walk(List<(int State, uint Atoms)> path, List<int> cycle, HashSet<int> visited, ref int position, ref uint takenAtoms)
    {
        foreach (var (state, atoms) in path)
        {
            cycle.Add(state);
            visited.Add(state);
            takenAtoms |= atoms;
            position = state;
        }
    }

    /// <summary>
    /// Shortest path inside the component from <paramref name="from"/> (exclusive) to the first state
    /// satisfying <paramref name="goalState"/>, or through the first edge with <paramref name="goalEdge"/>
    /// atoms; each step carries its edge atoms. When the goal is a state and <paramref name="from"/>
    /// satisfies it, the path is one step long at least only if the goal needs an edge.
    /// </summary>
    private List<(int State, uint Atoms)> PathTo(int from, int stamp, uint excluded, Func<int, bool>? goalState, uint? goalEdge)
    {
        var parent = new Dictionary<int, (int From, uint Atoms)>();
        var queue = new Queue<int>();
        queue.Enqueue(from);
        var seen = new HashSet<int> { from };
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            for (var edge = _graph.FirstEdge(s); edge < _graph.EndEdge(s); edge++)
            {
                var t = _graph.Target(edge);
                var atoms = _graph.EdgeAtoms(edge);
                if (_member![t] != stamp || (atoms & excluded) != 0)
                {
                    continue;
                }

                if (goalEdge is { } bit && (atoms & bit) != 0)
                {
                    parent[-1] = (s, atoms);
                    return Unwind(parent, from, s, (t, atoms));
                }

                if (!seen.Add(t))
                {
                    continue;
                }

                parent[t] = (s, atoms);
                if (goalState is not null && goalState(t))
                {
                    return Unwind(parent, from, t, null);
                }

                queue.Enqueue(t);
            }
        }

        return [];
    }

    private static List<(int State, uint Atoms)> Unwind(Dictionary<int, (int From, uint Atoms)> parent, int from, int last, (int State, uint Atoms)? finalStep)
    {
        var path = new List<(int State, uint Atoms)>();
        if (finalStep is { } step)
        {
            path.Add(step);
        }

        for (var s = last; s != from;)
        {
            var (prev, atoms) = parent[s];
            path.Add((s, atoms));
            s = prev;
        }

        path.Reverse();
        return path;
    }
}
