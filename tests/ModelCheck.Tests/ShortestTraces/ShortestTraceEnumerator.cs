using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tests.ShortestTraces;

/// <summary>
/// Enumerates every behaviour of a given length by brute force (no seen set, no layers), to check
/// the fewest-switches search against: each trace is the acting process of each step.
/// </summary>
internal static class ShortestTraceEnumerator
{
    /// <summary>
    /// The actor sequences of all traces of <paramref name="length"/> states, each a sequence of
    /// states (not of labels: two actions to the same state make one trace, the fewer switches
    /// counting), that <paramref name="ends"/> accepts; states outside the constraints are skipped.
    /// </summary>
    public static List<List<string>> FewestSwitchesPerTrace(IModel model, int length, Func<IModelWorker, Value[], Value[], bool> ends, out int traces)
    {
        var worker = model.CreateWorker();
        var results = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var initial = new Collector(worker);
        worker.EnumerateInitial(initial);
        foreach (var (state, _) in initial.States)
        {
            Walk(worker, [state], [], length, ends, results);
        }

        traces = results.Count;
        return [.. results.Values];
    }

    /// <summary>How often consecutive actors differ.</summary>
    public static int Switches(IReadOnlyList<string> actors)
    {
        var n = 0;
        for (var i = 1; i < actors.Count; i++)
        {
            n += actors[i] == actors[i - 1] ? 0 : 1;
        }

        return n;
    }

    private static void Walk(IModelWorker worker, List<Value[]> path, List<string> actors, int length, Func<IModelWorker, Value[], Value[], bool> ends, Dictionary<string, List<string>> results)
    {
        if (path.Count == length)
        {
            if (ends(worker, path[^2], path[^1]))
            {
                // Keep, per sequence of states, the labelling with the fewest switches.
                var key = string.Join(" | ", path.Select(s => string.Join(",", s.Select(v => v.ToString()))));
                if (!results.TryGetValue(key, out var known) || Switches(actors) < Switches(known))
                {
                    results[key] = [.. actors];
                }
            }

            return;
        }

        var next = new Collector(worker);
        worker.EnumerateNext(path[^1], next);
        foreach (var (state, actor) in next.States)
        {
            path.Add(state);
            actors.Add(actor);
            Walk(worker, path, actors, length, ends, results);
            path.RemoveAt(path.Count - 1);
            actors.RemoveAt(actors.Count - 1);
        }
    }

    private sealed class Collector(IModelWorker worker) : ISuccessorSink
    {
        public List<(Value[] State, string Actor)> States { get; } = [];

        public void Add(Value[] state)
        {
            if (worker.SatisfiesConstraints(state))
            {
                States.Add(((Value[])state.Clone(), worker.DescribeCurrentActor()));
            }
        }
    }
}
