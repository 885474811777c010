using ModelCheck.Engine.Liveness;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Search;

namespace ModelCheck.Cli.Replay;

/// <summary>The configured properties, on a trace already known to be a behaviour.</summary>
internal static partial class TraceReplayer
{
    private static ReplayOutcome CheckProperties(IModel model, IModelWorker worker, Counterexample trace, ReplayOutcome outcome)
    {
        var steps = trace.Steps;
        for (var i = 0; i < steps.Length; i++)
        {
            var violated = worker.FirstViolatedInvariant(steps[i].State);
            if (violated >= 0)
            {
                outcome = outcome with { ViolatingState = i, ViolatedInvariant = model.InvariantNames[violated] };
                break;
            }
        }

        if (!model.ActionPropertyNames.IsEmpty)
        {
            // Why i == Length: the step that closes a lasso is a step of the behaviour too.
            var end = trace.LoopIndex is null ? steps.Length : steps.Length + 1;
            for (var i = 1; i < end; i++)
            {
                var to = i < steps.Length ? steps[i].State : steps[trace.LoopIndex!.Value].State;
                var violated = worker.FirstViolatedActionProperty(steps[i - 1].State, to);
                if (violated >= 0)
                {
                    outcome = outcome with { ViolatingStep = i, ViolatedActionProperty = model.ActionPropertyNames[violated] };
                    break;
                }
            }
        }

        if (model.Liveness is { } spec)
        {
            outcome = outcome with { Temporal = LassoVerifier.Verify(spec, worker, [.. steps.Select(s => s.State)], trace.LoopIndex) };
        }

        return outcome;
    }
}
