using ModelCheck.Engine.Model;

namespace ModelCheck.Traces.Dot;

/// <summary>
/// Explores a model breadth first, one thread, keeping every state and transition, to draw the state
/// graph; it gives up past a state limit, since a drawing of thousands of states helps nobody.
/// </summary>
/// <remarks>
/// States that fail a state constraint are left out, as the checker leaves them out. Evaluation
/// errors propagate as <see cref="Engine.Diagnostics.DiagnosticException"/>.
/// </remarks>
internal static partial class StateGraphExplorer
{
    /// <summary>The default state limit.</summary>
    public const int DefaultStateLimit = 2000;

    /// <summary>Transitions allowed per allowed state: past that, the drawing is a hairball even with few states.</summary>
    public const int TransitionsPerState = 10;

    /// <summary>
    /// Explores <paramref name="model"/>; null, with <paramref name="problem"/> set, when it has more
    /// than <paramref name="stateLimit"/> states or <see cref="TransitionsPerState"/> times as many distinct transitions.
    /// </summary>
    public static StateGraph? TryExplore(IModel model, int stateLimit, out string? problem)
    {
        var worker = model.CreateWorker();
        var sink = new Sink(worker, stateLimit);
        worker.EnumerateInitial(sink);
        var initial = sink.TakeTargets();
        for (var next = 0; next < sink.States.Count && !sink.Exceeded; next++)
        {
            sink.Source = next;
            worker.EnumerateNext(sink.States[next], sink);
        }

        if (sink.Exceeded)
        {
            problem = sink.TooManyStates
                ? $"the state graph has more than {stateLimit} states; DOT output is for small specs only"
                : $"the state graph has more than {stateLimit * TransitionsPerState} transitions; DOT output is for small specs only";
            return null;
        }

        problem = null;
        return new StateGraph(model.VariableNames, sink.States, [.. initial], sink.Graph);
    }
}
