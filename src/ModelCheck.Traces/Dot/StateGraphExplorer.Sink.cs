using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;
using QuikGraph;

namespace ModelCheck.Traces.Dot;

/// <summary>The sink that numbers states and records transitions.</summary>
internal static partial class StateGraphExplorer
{
    /// <summary>
    /// Numbers new states in the order they arrive, and records an edge from <see cref="Source"/>
    /// (or, while it is negative, an initial state).
    /// </summary>
    private sealed class Sink(IModelWorker worker, int limit) : ISuccessorSink
    {
        private readonly Dictionary<Value[], int> _index = new(StateArrayComparer.Instance);
        private readonly HashSet<(int From, int To, string Label)> _edges = [];
        private readonly List<int> _targets = [];

        public List<Value[]> States { get; } = [];

        public AdjacencyGraph<int, TaggedEdge<int, string>> Graph { get; } = new(allowParallelEdges: true);

        public int Source { get; set; } = -1;

        public bool Exceeded { get; private set; }

        public bool TooManyStates { get; private set; }

        public List<int> TakeTargets()
        {
            var targets = new List<int>(_targets);
            _targets.Clear();
            return targets;
        }

        public void Add(Value[] state)
        {
            if (Exceeded || !worker.SatisfiesConstraints(state))
            {
                return;
            }

            if (!_index.TryGetValue(state, out var target))
            {
                if (States.Count >= limit)
                {
                    Exceeded = true;
                    TooManyStates = true;
                    return;
                }

                var copy = (Value[])state.Clone();
                target = States.Count;
                States.Add(copy);
                _index.Add(copy, target);
                Graph.AddVertex(target);
            }

            if (Source < 0)
            {
                if (!_targets.Contains(target))
                {
                    _targets.Add(target);
                }

                return;
            }

            var label = worker.DescribeCurrentAction();
            if (_edges.Add((Source, target, label)))
            {
                if (_edges.Count > limit * TransitionsPerState)
                {
                    Exceeded = true;
                    return;
                }

                Graph.AddEdge(new TaggedEdge<int, string>(Source, target, label));
            }
        }
    }
}
