namespace ModelCheck.Engine.Liveness;

/// <summary>Strongly connected components and the fairness of a component.</summary>
internal sealed partial class LivenessChecker
{
    private int[]? _member;
    private int _stamp;
    private int[]? _index;
    private int[]? _low;
    private bool[]? _onStack;
    private int[]? _rank;

    /// <summary>
    /// Finds, among the components reachable in the cycle part, one that holds a fair cycle meeting
    /// the obligation; the one reached first in breadth-first order wins.
    /// </summary>
    private List<int>? FindFairComponent(LivenessObligation obligation, List<int> finalOrder)
    {
        _member ??= new int[_n];
        _index ??= new int[_n];
        _low ??= new int[_n];
        _onStack ??= new bool[_n];
        _rank = new int[_n];
        for (var i = 0; i < finalOrder.Count; i++)
        {
            _rank[finalOrder[i]] = i;
        }

        var stamp = ++_stamp;
        foreach (var s in finalOrder)
        {
            _member[s] = stamp;
        }

        foreach (var component in SortedComponents(finalOrder, stamp, obligation.ExcludedEdgeAtoms))
        {
            var fair = Refine(component, obligation);
            if (fair is not null)
            {
                return fair;
            }
        }

        return null;
    }

    private List<List<int>> SortedComponents(List<int> nodes, int stamp, uint excluded)
    {
        var components = Tarjan(nodes, stamp, excluded);
        components.Sort((a, b) => MinRank(a).CompareTo(MinRank(b)));
        return components;
    }

    private int MinRank(List<int> component)
    {
        var min = int.MaxValue;
        foreach (var s in component)
        {
            min = Math.Min(min, _rank![s]);
        }

        return min;
    }

    /// <summary>
    /// Returns a sub-component of <paramref name="component"/> that can hold a fair cycle meeting the
    /// obligation, or null. Strong fairness that fails refines the component without the states
    /// where the action is enabled.
    /// </summary>
    private List<int>? Refine(List<int> component, LivenessObligation obligation)
    {
        var stamp = ++_stamp;
        foreach (var s in component)
        {
            _member![s] = stamp;
        }

        // Without implicit stuttering a lone state is a cycle only through an edge to itself.
        if (!_graph.ImplicitStuttering && component.Count == 1 && !HasEdge(component, stamp, 0, obligation.ExcludedEdgeAtoms))
        {
            return null;
        }

        foreach (var must in obligation.CycleMustVisit)
        {
            if (!component.Exists(s => must.Holds(_graph.StateAtoms(s))))
            {
                return null;
            }
        }

        var remove = new HashSet<int>();
        foreach (var f in _spec.Fairness)
        {
            if (IsFair(f, component, stamp, obligation.ExcludedEdgeAtoms))
            {
                continue;
            }

            if (!f.IsStrong)
            {
                return null;
            }

            var enabledBit = 1UL << f.EnabledAtom;
            foreach (var s in component)
            {
                if ((_graph.StateAtoms(s) & enabledBit) != 0)
                {
                    remove.Add(s);
                }
            }
        }

        if (remove.Count == 0)
        {
            return component;
        }

        var rest = component.FindAll(s => !remove.Contains(s));
        if (rest.Count == 0)
        {
            return null;
        }

        var restStamp = ++_stamp;
        foreach (var s in rest)
        {
            _member![s] = restStamp;
        }

        foreach (var sub in SortedComponents(rest, restStamp, obligation.ExcludedEdgeAtoms))
        {
            var fair = Refine(sub, obligation);
            if (fair is not null)
            {
                return fair;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="f"/> holds on a cycle through every state of the component (the
    /// states marked <paramref name="stamp"/>) and every edge inside it that has no
    /// <paramref name="excluded"/> atom: weak fairness when the action is disabled in some state or
    /// taken by some edge, strong fairness when it is disabled in every state or taken by some edge.
    /// </summary>
    private bool IsFair(FairnessConstraint f, List<int> component, int stamp, uint excluded)
    {
        var enabledBit = 1UL << f.EnabledAtom;
        var anyDisabled = false;
        var anyEnabled = false;
        foreach (var s in component)
        {
            if ((_graph.StateAtoms(s) & enabledBit) == 0)
            {
                anyDisabled = true;
            }
            else
            {
                anyEnabled = true;
            }
        }

        return (f.IsStrong ? !anyEnabled : anyDisabled) || HasEdge(component, stamp, 1u << f.TakenAtom, excluded);
    }

    /// <summary>True when an edge inside the component has all <paramref name="required"/> atoms and no <paramref name="excluded"/> one.</summary>
    private bool HasEdge(List<int> component, int stamp, uint required, uint excluded)
    {
        foreach (var s in component)
        {
            for (var edge = _graph.FirstEdge(s); edge < _graph.EndEdge(s); edge++)
            {
                var atoms = _graph.EdgeAtoms(edge);
                if ((atoms & required) == required && (atoms & excluded) == 0 && _member![_graph.Target(edge)] == stamp)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Iterative Tarjan over the states marked <paramref name="stamp"/>.</summary>
    private List<List<int>> Tarjan(List<int> nodes, int stamp, uint excluded)
    {
        var index = _index!;
        var low = _low!;
        var onStack = _onStack!;
        foreach (var s in nodes)
        {
            index[s] = -1;
        }

        var result = new List<List<int>>();
        var stack = new Stack<int>();
        var calls = new Stack<(int Node, int Edge)>();
        var counter = 0;
        foreach (var root in nodes)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            calls.Push((root, _graph.FirstEdge(root)));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (calls.Count > 0)
            {
                var (v, edge) = calls.Pop();
                var descended = false;
                for (; edge < _graph.EndEdge(v); edge++)
                {
                    var w = _graph.Target(edge);
                    if (_member![w] != stamp || (_graph.EdgeAtoms(edge) & excluded) != 0)
                    {
                        continue;
                    }

                    if (index[w] < 0)
                    {
                        calls.Push((v, edge + 1));
                        calls.Push((w, _graph.FirstEdge(w)));
                        index[w] = low[w] = counter++;
                        stack.Push(w);
                        onStack[w] = true;
                        descended = true;
                        break;
                    }

                    if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }
                }

                if (descended)
                {
                    continue;
                }

                if (low[v] == index[v])
                {
                    var component = new List<int>();
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        component.Add(w);
                    }
                    while (w != v);
                    result.Add(component);
                }

                if (calls.Count > 0)
                {
                    var parent = calls.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }

        return result;
    }
}
