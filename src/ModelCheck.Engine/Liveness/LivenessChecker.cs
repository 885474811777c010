using System.Collections.Immutable;

namespace ModelCheck.Engine.Liveness;

/// <summary>
/// Checks temporal properties on the recorded state graph under the spec's fairness. For each
/// obligation it follows the stem phases by breadth-first search, then looks, among the strongly
/// connected components of the cycle part, for one that can hold a fair cycle meeting the
/// obligation (weak fairness: a disabled state or a taken step in the component; strong fairness:
/// the same, else the component is refined without its enabled states, as in Emerson–Lei).
/// </summary>
/// <remarks>
/// Why not QuikGraph's strongly connected components: measured with QuikGraph 2.5.0 on a cycle of
/// 10^6 vertices, its <c>AdjacencyGraph</c> plus <c>StronglyConnectedComponents</c> took about 240
/// bytes per vertex (1.2 s); at the 10^7 states this check must handle that is 2.4 GB before any
/// edge labels or fairness refinement. The graph here costs 12 bytes per state and 4 to 8 per
/// edge, and everything is iterative over int arrays.
/// </remarks>
internal sealed partial class LivenessChecker
{
    private const int Unvisited = -2;
    private const int Root = -1;
    private readonly StateGraph _graph;
    private readonly LivenessSpec _spec;
    private readonly int _initialCount;
    private readonly int _n;

    /// <summary>Prepares a check of <paramref name="spec"/> on <paramref name="graph"/>, whose first <paramref name="initialCount"/> states are initial.</summary>
    public LivenessChecker(StateGraph graph, LivenessSpec spec, int initialCount)
    {
        _graph = graph;
        _spec = spec;
        _initialCount = initialCount;
        _n = graph.StateCount;
    }

    /// <summary>Runs every check in order and returns the first violation with the warnings.</summary>
    public LivenessOutcome Check()
    {
        if (!_spec.DerivedEnabled.IsEmpty)
        {
            _graph.DeriveEnabled(_spec);
        }

        var warnings = ImmutableArray.CreateBuilder<string>();
        foreach (var (property, atom) in _spec.InitialChecks)
        {
            for (var s = 0; s < _initialCount; s++)
            {
                if ((_graph.StateAtoms(s) & (1UL << atom)) == 0)
                {
                    return new LivenessOutcome(null, warnings.ToImmutable(), property, s);
                }
            }
        }

        foreach (var obligation in _spec.Obligations)
        {
            var warning = Vacuity(obligation);
            if (warning is not null)
            {
                warnings.Add(warning);
            }

            var violation = Find(obligation);
            if (violation is not null)
            {
                return new LivenessOutcome(violation, warnings.ToImmutable(), null, -1);
            }
        }

        return new LivenessOutcome(null, warnings.ToImmutable(), null, -1);
    }

    private string? Vacuity(LivenessObligation obligation)
    {
        if (obligation.Vacuity is not { } condition)
        {
            return null;
        }

        var any = false;
        var all = true;
        for (var s = 0; s < _n; s++)
        {
            var holds = condition.Holds(_graph.StateAtoms(s));
            any |= holds;
            all &= holds;
        }

        if (obligation.VacuousIfEverywhere && all)
        {
            return $"property {obligation.Property} ({obligation.Part}) holds trivially: its condition is true in every reachable state";
        }

        if (!obligation.VacuousIfEverywhere && !any)
        {
            return $"property {obligation.Property} ({obligation.Part}) holds vacuously: the left side of ~> is never true in a reachable state";
        }

        return null;
    }

    /// <summary>Searches for a fair behaviour violating <paramref name="obligation"/>.</summary>
    private LivenessViolation? Find(LivenessObligation obligation)
    {
        var phases = obligation.Phases;
        var parents = new int[phases.Length + 1][];
        var firstFilter = (phases.Length > 0 ? phases[0].Filter : obligation.CycleFilter).And(obligation.Initial);
        var entries = new List<int>();
        for (var s = 0; s < _initialCount; s++)
        {
            if (firstFilter.Holds(_graph.StateAtoms(s)))
            {
                entries.Add(s);
            }
        }

        for (var p = 0; p < phases.Length; p++)
        {
            var (visited, order) = Search(entries, phases[p].Filter, 0);
            parents[p] = visited;
            var nextFilter = p + 1 < phases.Length ? phases[p + 1].Filter : obligation.CycleFilter;
            var advance = phases[p].Advance.And(nextFilter);
            entries = [];
            foreach (var s in order)
            {
                if (advance.Holds(_graph.StateAtoms(s)))
                {
                    entries.Add(s);
                }
            }

            if (entries.Count == 0)
            {
                return null;
            }
        }

        var (finalParents, finalOrder) = Search(entries, obligation.CycleFilter, obligation.ExcludedEdgeAtoms);
        parents[phases.Length] = finalParents;
        if (finalOrder.Count == 0)
        {
            return null;
        }

        var component = FindFairComponent(obligation, finalOrder);
        if (component is null)
        {
            return null;
        }

        return BuildLasso(obligation, parents, component);
    }

    /// <summary>
    /// Breadth-first search from <paramref name="entries"/> through states satisfying
    /// <paramref name="filter"/>, over edges without <paramref name="excludedEdges"/> atoms.
    /// Returns parent links (<see cref="Root"/> for entries, <see cref="Unvisited"/> elsewhere) and the visit order.
    /// </summary>
    private (int[] Parents, List<int> Order) Search(List<int> entries, AtomCondition filter, uint excludedEdges)
    {
        var parents = new int[_n];
        Array.Fill(parents, Unvisited);
        var order = new List<int>();
        foreach (var e in entries)
        {
            if (parents[e] == Unvisited)
            {
                parents[e] = Root;
                order.Add(e);
            }
        }

        for (var head = 0; head < order.Count; head++)
        {
            var s = order[head];
            for (var edge = _graph.FirstEdge(s); edge < _graph.EndEdge(s); edge++)
            {
                var t = _graph.Target(edge);
                if (parents[t] != Unvisited || (_graph.EdgeAtoms(edge) & excludedEdges) != 0 || !filter.Holds(_graph.StateAtoms(t)))
                {
                    continue;
                }

                parents[t] = s;
                order.Add(t);
            }
        }

        return (parents, order);
    }
}
