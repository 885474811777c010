using System.Collections.Immutable;

namespace ModelCheck.Engine.Liveness;

/// <summary>
/// What the liveness check needs from a model, in terms of atoms only (the engine never sees
/// TLA+): the spec's fairness, and the obligations of the temporal properties. State atoms are
/// evaluated once per distinct state, edge atoms once per transition.
/// </summary>
/// <param name="StateAtoms">Names of the state atoms, for messages.</param>
/// <param name="EdgeAtoms">Names of the edge atoms.</param>
/// <param name="Fairness">The spec's WF/SF constraints.</param>
/// <param name="Obligations">One per checked property part.</param>
/// <param name="InitialChecks">State predicates of properties that must hold in every initial state: (property, atom).</param>
/// <param name="DerivedEnabled">
/// State atoms computed from the graph rather than evaluated: (state atom, edge atom) means the state
/// atom holds where some outgoing edge has the edge atom. Why: ENABLED &lt;&lt;Next&gt;&gt;_v of the
/// spec's own next-state action is exactly that, and enumerating Next again per state would double
/// the cost of the search.
/// </param>
internal sealed record LivenessSpec(
    ImmutableArray<string> StateAtoms,
    ImmutableArray<string> EdgeAtoms,
    ImmutableArray<FairnessConstraint> Fairness,
    ImmutableArray<LivenessObligation> Obligations,
    ImmutableArray<(string Property, int Atom)> InitialChecks,
    ImmutableArray<(int StateAtom, int EdgeAtom)> DerivedEnabled)
{
    /// <summary>
    /// The <see cref="DerivedEnabled"/> state atoms of a state whose outgoing steps, together, have
    /// the edge atoms <paramref name="successorEdgeAtoms"/>.
    /// </summary>
    public ulong DerivedAtoms(uint successorEdgeAtoms)
    {
        var atoms = 0UL;
        foreach (var (stateAtom, edgeAtom) in DerivedEnabled)
        {
            if ((successorEdgeAtoms & (1u << edgeAtom)) != 0)
            {
                atoms |= 1UL << stateAtom;
            }
        }

        return atoms;
    }
}
