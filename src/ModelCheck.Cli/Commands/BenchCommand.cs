using System.CommandLine;
using ModelCheck.Cli.Bench;

namespace ModelCheck.Cli.Commands;

/// <summary>
/// <c>modelcheck bench</c>: times whole model-checking runs (Grid, the "perf" conformance models,
/// DnsRace's Bench.cfg), each in a child process, and compares Grid with SPIN.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "SPEC.tla or SPEC.tla:CONFIG.cfg to time (default: ../shared/bench/Grid.tla, the perf models of ../shared/conformance, specs/dynamodb-dns/Bench.cfg).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var workers = new Option<int>("--workers")
        {
            Description = "The worker count compared with one worker (default: all cores, at least 2).",
            DefaultValueFactory = _ => Math.Max(2, Environment.ProcessorCount),
        };
        var repeat = new Option<int>("--repeat") { Description = "Runs per figure; the median is printed.", DefaultValueFactory = _ => 1 };
        var noSpin = new Option<bool>("--no-spin") { Description = "Do not compare Grid with SPIN's compiled verifier." };
        var scaling = new Option<bool>("--scaling") { Description = "Also run Grid at 10^4 to 6.25 million states (K = 10..50) to show how peak memory grows." };
        var ceiling = new Option<bool>("--ceiling")
        {
            Description = "Also run N one-worker copies of each input at once, each round, to measure how far this machine itself scales to N workers.",
        };
        var timeout = new Option<double>("--timeout") { Description = "Seconds a run may take before it is killed.", DefaultValueFactory = _ => 1800 };
        var report = new Option<string?>("--report") { Description = "Write the figures as JSON to this file." };

        var command = new Command("bench", "Time whole runs: states per second, bytes per state, peak memory, 1 vs N workers, Grid vs SPIN.")
        {
            inputs, workers, repeat, noSpin, scaling, ceiling, timeout, report,
        };
        command.SetAction(parse => BenchRunner.Run(
            new BenchRequest(
                Math.Max(1, parse.GetValue(workers)),
                Math.Max(1, parse.GetValue(repeat)),
                parse.GetValue(inputs) ?? [],
                !parse.GetValue(noSpin),
                parse.GetValue(scaling),
                parse.GetValue(ceiling),
                Math.Max(1, parse.GetValue(timeout)),
                parse.GetValue(report)),
            Console.Out,
            Console.Error));
        return command;
    }
}
