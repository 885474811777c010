using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ModelCheck.Cli.Bench;
using ModelCheck.Cli.Output;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Search;
using ModelCheck.Tla.Modeling;
using ModelCheck.Traces;
using ModelCheck.Traces.Text;

namespace ModelCheck.Cli.Commands;

/// <summary><c>modelcheck check SPEC.tla</c>: breadth-first model checking with TLC's verdicts and counts.</summary>
internal static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var spec = new Argument<string>("spec") { Description = "The root module, SPEC.tla." };
        var config = new Option<string?>("--config") { Description = "The TLC configuration (default: SPEC.cfg beside the spec)." };
        var workers = new Option<int>("--workers")
        {
            Description = "Worker threads (default: all cores). Results do not depend on it.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var constants = new Option<string[]>("--const")
        {
            Description = "Override a constant: NAME=VALUE in configuration syntax (repeatable).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var noDeadlock = new Option<bool>("--no-deadlock") { Description = "Do not report states without successors." };
        var report = new Option<string?>("--report") { Description = "Write a JSON report to this file." };
        var outDir = new Option<string?>("--out") { Description = "Write counterexamples to DIR/<Config>/<Property>.<ext>, one file per --format." };
        var maxStates = new Option<long>("--max-states") { Description = "Stop after this many distinct states (0: no limit)." };
        var stats = new Option<bool>("--stats") { Description = "Print memory figures: bytes per stored state and per transition, trace links, peak memory." };
        var fingerprints = new Option<bool>("--fingerprints") { Description = "Match states by 64-bit fingerprints, as TLC does, instead of exactly; prints the collision probability." };
        var format = new Option<string[]>("--format")
        {
            Description = $"Counterexample files to write under --out, comma-separated: {TraceFormatNames.Known} (default: text). DOT draws the whole state graph, for small specs only.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        format.Validators.Add(result =>
        {
            if (!TraceFormatNames.TryParse(result.GetValueOrDefault<string[]>() ?? [], out _, out var error))
            {
                result.AddError(error!);
            }
        });

        var command = new Command("check", "Check a TLA+ spec against its TLC configuration.")
        {
            spec, config, workers, constants, noDeadlock, report, outDir, maxStates, format, stats, fingerprints,
        };
        command.SetAction(parse => Run(new CheckRequest(
            parse.GetValue(spec)!,
            parse.GetValue(config),
            Math.Max(1, parse.GetValue(workers)),
            parse.GetValue(constants) ?? [],
            parse.GetValue(noDeadlock),
            parse.GetValue(report),
            parse.GetValue(outDir),
            parse.GetValue(maxStates))
        {
            Formats = FormatsOf(parse.GetValue(format)),
            Stats = parse.GetValue(stats),
            Fingerprints = parse.GetValue(fingerprints),
        }));
        return command;
    }

    /// <summary>Runs a check and prints its outcome; returns the exit code.</summary>
    public static int Run(CheckRequest request, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var clock = Stopwatch.StartNew();
        var configPath = request.Config ?? Path.ChangeExtension(request.Spec, ".cfg");
        stdout.Write($"ModelCheck: checking {request.Spec} with {configPath}, {request.Workers} worker{(request.Workers == 1 ? string.Empty : "s")}\n");

        var outcome = ModelBuilder.Build(request.Spec, request.Config, request.Constants);
        if (outcome.Model is null)
        {
            foreach (var d in outcome.Diagnostics)
            {
                stderr.Write(DiagnosticRenderer.Render(d, f => outcome.Sources.TryGetValue(f, out var t) ? t : null));
            }

            var verdict = outcome.Failure ?? Verdict.SpecError;
            var kind = verdict == Verdict.AssumptionFailure ? "assumption" : null;
            var message = outcome.Diagnostics.Length > 0 ? outcome.Diagnostics[0].Message : "error";
            stdout.Write(verdict == Verdict.AssumptionFailure
                ? $"Error: Assumption at {outcome.Diagnostics[0].Span} is false.\n"
                : $"Error: {message}\n");
            Finish(request, new RunSummary(verdict, null, kind, null, message, request.Workers, clock.Elapsed.TotalSeconds));
            return (int)verdict;
        }

        // Why on standard error, as the errors are: they name the configuration's file and line.
        foreach (var warning in outcome.Warnings)
        {
            stderr.Write(DiagnosticRenderer.Render(warning, f => outcome.Sources.TryGetValue(f, out var t) ? t : null, "warning"));
        }

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        SearchResult result;
        try
        {
            var options = new SearchOptions(request.Workers, outcome.CheckDeadlock && !request.NoDeadlock, request.MaxStates, request.Fingerprints);
            result = new BreadthFirstSearch(outcome.Model, options).Run(cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        var (headline, kindName, property) = CounterexampleHeadline.Describe(result);
        if (result.Temporal is { } temporal)
        {
            foreach (var warning in temporal.Warnings)
            {
                stdout.Write($"Warning: {warning}\n");
            }
        }

        if (result.Error is { } error)
        {
            stderr.Write(DiagnosticRenderer.Render(error, f => outcome.Sources.TryGetValue(f, out var t) ? t : null));
        }

        if (result.Trace is { } trace)
        {
            // Why the alias only for text: ITF, Mermaid and DOT files are read by tools (replay among
            // them) that expect the spec's variables; TLC also applies ALIAS to the trace it prints.
            var shown = trace;
            if (outcome.Model.Alias is not null)
            {
                shown = TraceAlias.Apply(outcome.Model, trace, out var problem) ?? trace;
                if (problem is not null)
                {
                    stderr.Write($"warning: {problem}\n");
                }
            }

            // Why after the trace: the explanation is about its last state (or step), which the reader has just seen.
            var why = CounterexampleHeadline.Explanation(result);
            var text = TextTraceWriter.Write(headline, shown);
            stdout.Write(text);
            stdout.Write(why);
            stdout.Write('\n');
            if (request.OutDir is not null && outcome.Config is not null)
            {
                var configName = Path.GetFileNameWithoutExtension(outcome.Config.File);
                var files = CounterexampleFiles.Render(request.Formats & ~TraceFormats.Text, headline, trace, Path.GetFileName(request.Spec), outcome.Model);
                files.InsertRange(0, CounterexampleFiles.Render(request.Formats & TraceFormats.Text, headline, shown, Path.GetFileName(request.Spec), outcome.Model));
                foreach (var file in files)
                {
                    var path = Path.Combine(request.OutDir, configName, property + file.Extension);
                    if (file.Content is null)
                    {
                        stderr.Write($"modelcheck: not writing {path}: {file.Problem}\n");
                    }
                    else
                    {
                        AtomicFile.WriteAllText(path, file.Extension == ".txt" ? file.Content + why : file.Content);
                    }
                }
            }
        }
        else
        {
            stdout.Write(headline + "\n");
        }

        if (result.Stats.Fingerprints && result.Verdict == Verdict.Success)
        {
            stdout.Write(StatsLines.CollisionEstimate(result));
        }

        stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{result.GeneratedStates} states generated, {result.DistinctStates} distinct states found, {result.LeftOnQueue} states left on queue.\n"));
        stdout.Write(string.Create(CultureInfo.InvariantCulture, $"The depth of the complete state graph search is {result.Depth}.\n"));
        if (request.Stats)
        {
            stdout.Write(StatsLines.Render(result, outcome.Model.Symmetry?.Order ?? 0));
        }

        Finish(request, new RunSummary(result.Verdict, result, kindName, kindName is "invariant" or "action property" or "temporal" ? property : null, result.Error?.Message, request.Workers, clock.Elapsed.TotalSeconds));
        return (int)result.Verdict;
    }

    /// <summary>The formats named by <c>--format</c> (already validated); text when the option is absent.</summary>
    private static TraceFormats FormatsOf(string[]? values) =>
        values is { Length: > 0 } && TraceFormatNames.TryParse(values, out var formats, out _) ? formats : TraceFormats.Text;

    private static void Finish(CheckRequest request, RunSummary summary)
    {
        if (request.Report is not null)
        {
            AtomicFile.WriteAllText(request.Report, ReportWriter.Render(summary));
        }
    }
}
