using System.Collections.Immutable;
using System.Globalization;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;
using ModelCheck.Traces.Changes;

namespace ModelCheck.Cli.Replay;

/// <summary>
/// Checks a trace against a model: the first state must be initial, each next state a successor
/// of the one before (or the same state: TLA+ behaviours may stutter), and for a lasso the last
/// state must lead back to the loop's start; then evaluates the invariants on every state, the
/// action properties on every step, and for a lasso the temporal properties under the spec's fairness.
/// </summary>
/// <remarks>
/// Why compare by enumeration: the worker already computes exactly the spec's initial states and
/// successors; matching the trace against them needs no second evaluator and reports the closest
/// candidate when nothing matches. Evaluation errors propagate as <see cref="Engine.Diagnostics.DiagnosticException"/>.
/// </remarks>
internal static partial class TraceReplayer
{
    /// <summary>Most differences listed for the closest candidate.</summary>
    private const int MaxDifferences = 5;

    /// <summary>Longest value shown in a difference.</summary>
    private const int MaxValueLength = 60;

    /// <summary>
    /// The trace's states with their values in the model's variable order; null, with
    /// <paramref name="problem"/> set, when the trace has no states or lacks one of the model's variables.
    /// Variables the model does not have are dropped and named in <paramref name="ignored"/>.
    /// </summary>
    public static Counterexample? Project(IModel model, Counterexample trace, out string? problem, out ImmutableArray<string> ignored)
    {
        var positions = new int[model.VariableNames.Length];
        var missing = new List<string>();
        for (var v = 0; v < positions.Length; v++)
        {
            positions[v] = trace.Variables.IndexOf(model.VariableNames[v], 0, StringComparer.Ordinal);
            if (positions[v] < 0)
            {
                missing.Add(model.VariableNames[v]);
            }
        }

        ignored = [.. trace.Variables.Where(name => !model.VariableNames.Contains(name, StringComparer.Ordinal))];
        if (trace.Steps.IsEmpty)
        {
            problem = "the trace has no states";
            return null;
        }

        if (missing.Count > 0)
        {
            problem = $"the trace has no value for the spec's variable{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing)} (trace variables: {string.Join(", ", trace.Variables)})";
            return null;
        }

        problem = null;
        var steps = trace.Steps.Select(step => new TraceStep([.. positions.Select(p => step.State[p])], step.Action));
        return trace with { Variables = model.VariableNames, Steps = [.. steps] };
    }

    /// <summary>Replays <paramref name="trace"/>, whose states are in <paramref name="model"/>'s variable order (see <see cref="Project"/>).</summary>
    public static ReplayOutcome Replay(IModel model, Counterexample trace)
    {
        var worker = model.CreateWorker();
        var actions = ImmutableArray.CreateBuilder<string>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var steps = trace.Steps;
        if (steps.Length == 0)
        {
            return new ReplayOutcome([], null, null, null, null, null, ["the trace has no states"]);
        }

        var initial = new Matcher(worker, steps[0].State, null) { Initial = true };
        worker.EnumerateInitial(initial);
        if (initial.Labels.Count == 0)
        {
            return Fail(actions, warnings, 0, "is not an initial state of the spec", initial, trace.Variables, steps[0].State, "initial state");
        }

        actions.Add("Initial predicate");
        for (var i = 1; i <= steps.Length; i++)
        {
            // Why i == Length: the step that closes a lasso, from the last state back to the loop's start.
            var closing = i == steps.Length;
            if (closing && trace.LoopIndex is null)
            {
                break;
            }

            var from = steps[i - 1].State;
            var to = closing ? steps[trace.LoopIndex!.Value].State : steps[i].State;
            if (SameState(from, to))
            {
                actions.Add("Stuttering");
                continue;
            }

            var label = closing ? trace.ClosingAction : steps[i].Action;
            var successors = new Matcher(worker, to, label);
            worker.EnumerateNext(from, successors);
            if (successors.Labels.Count == 0)
            {
                var what = closing
                    ? string.Create(CultureInfo.InvariantCulture, $"is the last state, and the loop back to state {trace.LoopIndex!.Value + 1} is not a step of the spec")
                    : string.Create(CultureInfo.InvariantCulture, $"is not a successor of state {i}: no step of the spec leads there");
                return Fail(actions, warnings, closing ? steps.Length - 1 : i, what, successors, trace.Variables, to, "successor");
            }

            if (label is not null && !successors.Labels.Contains(label))
            {
                var where = closing ? string.Create(CultureInfo.InvariantCulture, $"back to state {trace.LoopIndex!.Value + 1}") : string.Create(CultureInfo.InvariantCulture, $"state {i + 1}");
                warnings.Add($"{where}: the trace labels the step <{label}>, the spec takes it by <{successors.Labels[0]}>");
            }

            actions.Add(label is not null && successors.Labels.Contains(label) ? label : successors.Labels[0]);
        }

        return CheckProperties(model, worker, trace, new ReplayOutcome(actions.ToImmutable(), null, null, null, null, null, warnings.ToImmutable()));
    }

    private static ReplayOutcome Fail(
        ImmutableArray<string>.Builder actions,
        ImmutableArray<string>.Builder warnings,
        int index,
        string what,
        Matcher matcher,
        ImmutableArray<string> variables,
        Value[] wanted,
        string candidateName)
    {
        string? closest = null;
        if (matcher.Closest is { } candidate)
        {
            var differences = StateChanges.Between(variables, candidate, wanted);
            var shown = differences.Take(MaxDifferences)
                .Select(d => $"{d.Path} (trace: {Shorten(d.After.ToString())}, spec: {Shorten(d.Before.ToString())})");
            var more = differences.Count > MaxDifferences ? $", and {differences.Count - MaxDifferences} more" : string.Empty;
            var via = matcher.ClosestLabel is { } l ? $", by <{l}>," : string.Empty;
            closest = $"The closest {candidateName}{via} differs in {string.Join(", ", shown)}{more}.";
        }
        else
        {
            closest = candidateName == "initial state" ? "The spec has no initial state." : "The spec has no step from that state (a deadlock).";
        }

        return new ReplayOutcome(actions.ToImmutable(), index, what, closest, null, null, warnings.ToImmutable());
    }

    private static string Shorten(string text) =>
        text.Length <= MaxValueLength ? text : string.Concat(text.AsSpan(0, MaxValueLength - 3), "...");

    private static bool SameState(Value[] a, Value[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
