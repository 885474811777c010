using System.Collections.Immutable;
using ModelCheck.Engine.Values;
using QuikGraph;

namespace ModelCheck.Traces.Dot;

/// <summary>
/// Every reachable state of a small model and every transition between them: vertices are state
/// numbers in discovery order, edges carry the action label.
/// </summary>
/// <param name="Variables">Variable names, in the order of each state's values.</param>
/// <param name="States">The states, indexed by vertex number.</param>
/// <param name="InitialStates">The vertices of the initial states, in enumeration order.</param>
/// <param name="Graph">The transitions; parallel edges with the same label are kept once.</param>
internal sealed record StateGraph(
    ImmutableArray<string> Variables,
    IReadOnlyList<Value[]> States,
    ImmutableArray<int> InitialStates,
    AdjacencyGraph<int, TaggedEdge<int, string>> Graph)
{
    /// <summary>The vertex of <paramref name="state"/>, or -1 when the graph does not have it.</summary>
    public int IndexOf(Value[] state)
    {
        for (var i = 0; i < States.Count; i++)
        {
            if (StateArrayComparer.Instance.Equals(States[i], state))
            {
                return i;
            }
        }

        return -1;
    }
}
