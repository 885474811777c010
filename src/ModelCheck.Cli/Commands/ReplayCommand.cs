using System.CommandLine;
using System.Globalization;
using ModelCheck.Cli.Replay;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Search;
using ModelCheck.Tla.Config;
using ModelCheck.Tla.Modeling;
using ModelCheck.Traces.Itf;

namespace ModelCheck.Cli.Commands;

/// <summary>
/// <c>modelcheck replay TRACE.itf.json --spec SPEC.tla</c>: checks that an ITF trace (ours or another
/// tool's) is a behaviour of the spec and whether it violates the configured properties: invariants
/// on every state, action properties on every step, and, when the trace is a lasso, temporal
/// properties on the infinite behaviour it stands for, under the spec's fairness.
/// </summary>
/// <remarks>
/// Exit codes: 0 the trace is a behaviour and violates no property; 12 it is a behaviour and
/// violates an invariant or action property; 13 it is a fair lasso that violates a temporal property
/// (and no invariant or action property); 2 it is not a behaviour (the first state is not initial,
/// or a step is not a transition); 3 the trace file cannot be read or lacks a variable of the spec;
/// and as for <c>check</c>: 10 an ASSUME is false, 75 a run-time error in the spec, 150 spec error,
/// 151 config error.
/// </remarks>
internal static class ReplayCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var trace = new Argument<string>("trace") { Description = "The trace to replay, in ITF (TRACE.itf.json)." };
        var spec = new Option<string>("--spec") { Description = "The root module, SPEC.tla.", Required = true };
        var config = new Option<string?>("--config") { Description = "The TLC configuration (default: SPEC.cfg beside the spec)." };
        var constants = new Option<string[]>("--const")
        {
            Description = "Override a constant: NAME=VALUE in configuration syntax (repeatable).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command(
            "replay",
            "Check that a trace is a behaviour of a spec, and whether it violates the configured properties (temporal ones on a lasso). "
            + "Exit codes: 0 valid, 12 valid and violates an invariant or action property, 13 a fair lasso that violates a temporal property, "
            + "2 not a behaviour of the spec, 3 unreadable trace, 150/151 spec/config error.")
        {
            trace, spec, config, constants,
        };
        command.SetAction(parse => Run(new ReplayRequest(
            parse.GetValue(trace)!,
            parse.GetValue(spec)!,
            parse.GetValue(config),
            parse.GetValue(constants) ?? [])));
        return command;
    }

    /// <summary>Replays a trace and prints the outcome; returns the exit code.</summary>
    public static int Run(ReplayRequest request, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var configPath = request.Config ?? Path.ChangeExtension(request.Spec, ".cfg");
        stdout.Write($"ModelCheck: replaying {request.Trace} against {request.Spec} with {configPath}\n");

        var outcome = ModelBuilder.Build(request.Spec, request.Config, request.Constants);
        if (outcome.Model is null)
        {
            foreach (var d in outcome.Diagnostics)
            {
                stderr.Write(DiagnosticRenderer.Render(d, f => outcome.Sources.TryGetValue(f, out var t) ? t : null));
            }

            var verdict = outcome.Failure ?? Verdict.SpecError;
            stdout.Write($"Error: {(outcome.Diagnostics.Length > 0 ? outcome.Diagnostics[0].Message : "the spec could not be loaded")}\n");
            return (int)verdict;
        }

        Counterexample? trace;
        try
        {
            var read = ItfTraceReader.Read(File.ReadAllText(request.Trace), ModelValueNames(outcome.Config));
            trace = TraceReplayer.Project(outcome.Model, read, out var problem, out var ignored);
            if (trace is null)
            {
                stdout.Write($"Error: {request.Trace}: {problem}.\n");
                return ReplayExitCode.UnreadableTrace;
            }

            if (!ignored.IsEmpty)
            {
                stdout.Write($"Note: ignoring trace variables the spec does not have: {string.Join(", ", ignored)}.\n");
            }
        }
        catch (Exception e) when (e is ItfFormatException or IOException or UnauthorizedAccessException)
        {
            stdout.Write($"Error: cannot read the trace {request.Trace}: {e.Message}\n");
            return ReplayExitCode.UnreadableTrace;
        }

        ReplayOutcome result;
        try
        {
            result = TraceReplayer.Replay(outcome.Model, trace);
        }
        catch (DiagnosticException e)
        {
            stderr.Write(DiagnosticRenderer.Render(e.Diagnostic, f => outcome.Sources.TryGetValue(f, out var t) ? t : null));
            stdout.Write($"Error: evaluating the spec on the trace failed: {e.Diagnostic.Message}\n");
            return (int)Verdict.EvaluationError;
        }

        return Report(outcome.Model, trace, result, stdout);
    }

    private static int Report(IModel model, Counterexample trace, ReplayOutcome result, TextWriter stdout)
    {
        for (var i = 0; i < result.SpecActions.Length && i < trace.Steps.Length; i++)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"State {i + 1}: <{result.SpecActions[i]}>\n"));
        }

        if (trace.LoopIndex is int loop && result.SpecActions.Length > trace.Steps.Length)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"Back to state {loop + 1}: <{result.SpecActions[^1]}>\n"));
        }

        foreach (var warning in result.Warnings)
        {
            stdout.Write($"Warning: {warning}\n");
        }

        if (result.FailedState is int failed)
        {
            var label = trace.Steps[failed].Action is { } action ? $", action <{action}>" : string.Empty;
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"Error: state {failed + 1} of the trace (ITF index {failed}{label}) {result.Failure}.\n"));
            if (result.Closest is not null)
            {
                stdout.Write(result.Closest + "\n");
            }

            stdout.Write("The trace is not a behaviour of the spec.\n");
            return ReplayExitCode.NotABehaviour;
        }

        stdout.Write(string.Create(CultureInfo.InvariantCulture, $"The trace is a behaviour of the spec ({trace.Steps.Length} state{(trace.Steps.Length == 1 ? string.Empty : "s")}{(trace.LoopIndex is null ? string.Empty : ", a lasso")}).\n"));
        var code = ReplayExitCode.Valid;
        if (result.ViolatedInvariant is { } invariant)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"Error: Invariant {invariant} is violated in state {result.ViolatingState!.Value + 1} (ITF index {result.ViolatingState.Value}).\n"));
            code = (int)Verdict.SafetyFailure;
        }
        else
        {
            stdout.Write("No invariant is violated.\n");
        }

        if (result.ViolatedActionProperty is { } property)
        {
            var step = result.ViolatingStep!.Value;
            var where = step < trace.Steps.Length
                ? string.Create(CultureInfo.InvariantCulture, $"the step to state {step + 1} (ITF index {step})")
                : string.Create(CultureInfo.InvariantCulture, $"the step from state {trace.Steps.Length} back to state {trace.LoopIndex!.Value + 1}");
            stdout.Write($"Error: Action property {property} is violated by {where}.\n");
            code = (int)Verdict.SafetyFailure;
        }
        else if (!model.ActionPropertyNames.IsEmpty)
        {
            stdout.Write("No action property is violated.\n");
        }

        // Why safety first: check stops at the first invariant or action property violated, before
        // it looks at temporal properties, so 12 wins over 13 here too.
        var temporalViolated = ReportTemporal(trace, result, stdout);
        return code == ReplayExitCode.Valid && temporalViolated ? (int)Verdict.LivenessFailure : code;
    }

    /// <summary>Prints what the trace shows about the temporal properties; true when it violates one.</summary>
    private static bool ReportTemporal(Counterexample trace, ReplayOutcome result, TextWriter stdout)
    {
        if (result.Temporal is not { } temporal)
        {
            return false;
        }

        // Without a fair cycle, only what the first state violates is shown.
        var judged = temporal.Properties.Where(v => v.Initially);
        if (trace.LoopIndex is not int loop)
        {
            stdout.Write("Temporal properties are checked on the first state only: the trace has no loop, and only an infinite behaviour can violate the rest.\n");
        }
        else
        {
            var last = trace.Steps.Length;
            var cycle = loop == last - 1
                ? string.Create(CultureInfo.InvariantCulture, $"state {last} repeated forever")
                : string.Create(CultureInfo.InvariantCulture, $"states {loop + 1} to {last} repeated forever");
            if (temporal.IsFair)
            {
                stdout.Write($"The lasso is a fair behaviour of the spec ({cycle}).\n");
                judged = temporal.Properties;
            }
            else
            {
                stdout.Write($"The lasso is not a fair behaviour of the spec ({cycle}), so its cycle shows no temporal violation:\n");
                foreach (var f in temporal.Unfair)
                {
                    stdout.Write($"  {f.Name}: its action is enabled in {(f.IsStrong ? "some" : "every")} state of the cycle and never taken.\n");
                }
            }
        }

        var violated = false;
        foreach (var verdict in judged)
        {
            if (verdict.ViolatedPart is not { } part)
            {
                stdout.Write($"Temporal property {verdict.Property} holds on the lasso.\n");
                continue;
            }

            violated = true;
            stdout.Write(verdict.Initially
                ? $"Error: Temporal property {verdict.Property} is violated: {part} is false in state 1.\n"
                : $"Error: Temporal property {verdict.Property} is violated: {part}.\n");
        }

        return violated;
    }

    /// <summary>The model values the configuration declares, so that the trace's strings with those names read as model values.</summary>
    private static HashSet<string> ModelValueNames(ModelConfig? config)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var constant in config?.Constants ?? [])
        {
            Collect(constant.Value, names);
        }

        return names;
    }

    private static void Collect(ConfigValue? value, HashSet<string> names)
    {
        switch (value)
        {
            case ConfigModelValue m:
                names.Add(m.Name);
                break;
            case ConfigSet s:
                foreach (var e in s.Elements)
                {
                    Collect(e, names);
                }

                break;
            case ConfigTuple t:
                foreach (var e in t.Elements)
                {
                    Collect(e, names);
                }

                break;
        }
    }
}
