using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Liveness;

/// <summary>
/// Decides, for one lasso (states s0..sk, then back to s_loop forever), whether as an infinite
/// behaviour it satisfies the spec's fairness and which temporal properties it violates: the
/// re-verification of a liveness counterexample that <c>modelcheck replay</c> reads back. A finite
/// trace is checked only for the property parts about the first state.
/// </summary>
/// <remarks>
/// Why the checker's own search on a graph of the lasso: the obligations (stem phases, the cycle's
/// filter, excluded steps, states to visit, WF/SF) are decided by exactly the code that found the
/// counterexample, so replay cannot drift from check. The graph has one node per position of the
/// lasso, not per distinct state, its only edges are the lasso's steps, and stuttering is not
/// implicit (<see cref="StateGraph.ImplicitStuttering"/>), so the only behaviour in it is the
/// lasso itself; a lasso that ends by stuttering has the loop on its last position.
/// Why the real successors: ENABLED of the spec's next-state action is derived from a state's
/// recorded steps in a full check (<see cref="LivenessSpec.DerivedEnabled"/>); a lasso records one
/// step per state, so here it is derived from every step the spec offers there. Other ENABLED
/// atoms are evaluated on the state, as in the search.
/// </remarks>
internal static class LassoVerifier
{
    /// <summary>Verifies the trace <paramref name="states"/>, a lasso when <paramref name="loopIndex"/> is set.</summary>
    /// <param name="spec">The model's temporal properties and fairness.</param>
    /// <param name="worker">Evaluates atoms and enumerates successors.</param>
    /// <param name="states">The states, in the model's variable order; each step must be one of the spec's (or a stuttering step).</param>
    /// <param name="loopIndex">
    /// The index of the state the last one steps back to (the last index for a lasso that stutters
    /// forever); null for a finite trace.
    /// </param>
    public static LassoVerdict Verify(LivenessSpec spec, IModelWorker worker, IReadOnlyList<Value[]> states, int? loopIndex)
    {
        ArgumentOutOfRangeException.ThrowIfZero(states.Count);
        if (loopIndex is int checkedLoop)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(checkedLoop);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(checkedLoop, states.Count);
        }

        var graph = new StateGraph(!spec.EdgeAtoms.IsEmpty, implicitStuttering: false);
        var successors = new SuccessorEdgeAtoms(worker);
        for (var i = 0; i < states.Count; i++)
        {
            var atoms = worker.StateAtoms(states[i]);
            if (loopIndex is not null && !spec.DerivedEnabled.IsEmpty)
            {
                atoms |= spec.DerivedAtoms(successors.Of(states[i]));
            }

            graph.BeginState(i, atoms);
            if ((i + 1 < states.Count ? i + 1 : loopIndex) is int next)
            {
                graph.AddEdge(next, worker.EdgeAtoms(states[i], states[next]));
            }
        }

        var checker = new LivenessChecker(graph, spec, initialCount: 1);
        var unfair = loopIndex is int loop ? checker.UnfairConstraints([.. Enumerable.Range(loop, states.Count - loop)]) : [];
        var verdicts = new Dictionary<string, PropertyVerdict>(StringComparer.Ordinal);
        var order = new List<string>();

        // Why the first state regardless of fairness: the check tests it before anything else, and
        // no continuation of the trace changes it.
        foreach (var (property, atom) in spec.InitialChecks)
        {
            Add(property);
            if (verdicts[property].ViolatedPart is null && (graph.StateAtoms(0) & (1UL << atom)) == 0)
            {
                verdicts[property] = new PropertyVerdict(property, spec.StateAtoms[atom], Initially: true);
            }
        }

        foreach (var obligation in spec.Obligations)
        {
            Add(obligation.Property);
            if (loopIndex is not null && unfair.IsEmpty && verdicts[obligation.Property].ViolatedPart is null && checker.Violates(obligation))
            {
                verdicts[obligation.Property] = new PropertyVerdict(obligation.Property, obligation.Part);
            }
        }

        return new LassoVerdict(unfair, [.. order.Select(p => verdicts[p])]);

        void Add(string property)
        {
            if (verdicts.TryAdd(property, new PropertyVerdict(property, null)))
            {
                order.Add(property);
            }
        }
    }
}
