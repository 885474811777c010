using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Cli.Replay;

/// <summary>The sink that looks for one state among the states a worker enumerates.</summary>
internal static partial class TraceReplayer
{
    /// <summary>
    /// Receives initial states or successors and keeps the labels of those equal to the wanted state,
    /// and the nearest other one for the error message: one taken by the trace's own action if there
    /// is one, then the fewest differing variables, then the first found.
    /// </summary>
    private sealed class Matcher(IModelWorker worker, Value[] wanted, string? wantedLabel) : ISuccessorSink
    {
        private (int OtherAction, int Distance) _closestScore = (int.MaxValue, int.MaxValue);

        /// <summary>The labels of the matching states, distinct, in enumeration order.</summary>
        public List<string> Labels { get; } = [];

        /// <summary>A copy of the nearest non-matching state, or null when none was offered.</summary>
        public Value[]? Closest { get; private set; }

        /// <summary>The label of <see cref="Closest"/> (null for initial states).</summary>
        public string? ClosestLabel { get; private set; }

        /// <summary>True while enumerating initial states, which have no action label.</summary>
        public bool Initial { get; init; }

        public void Add(Value[] state)
        {
            var distance = 0;
            for (var i = 0; i < state.Length; i++)
            {
                if (!state[i].Equals(wanted[i]))
                {
                    distance++;
                }
            }

            if (distance == 0)
            {
                var label = Initial ? "Initial predicate" : worker.DescribeCurrentAction();
                if (!Labels.Contains(label))
                {
                    Labels.Add(label);
                }
            }
            else if (Labels.Count == 0)
            {
                var label = Initial ? null : worker.DescribeCurrentAction();
                var score = (label is not null && label == wantedLabel ? 0 : 1, distance);
                if (score.CompareTo(_closestScore) < 0)
                {
                    _closestScore = score;
                    Closest = (Value[])state.Clone();
                    ClosestLabel = label;
                }
            }
        }
    }
}
