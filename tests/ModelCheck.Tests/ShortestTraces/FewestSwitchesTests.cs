using ModelCheck.Engine.Model;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;
using ModelCheck.Tests.Cli;
using ModelCheck.Tla.Modeling;
using ModelCheck.Traces.Labels;
using Xunit;

namespace ModelCheck.Tests.ShortestTraces;

/// <summary>
/// Among the shortest counterexamples, the one shown switches acting process least often; checked
/// against a brute-force enumeration of every shortest trace.
/// </summary>
public sealed class FewestSwitchesTests
{
    [Fact]
    public void Invariant_TraceSwitchesProcessOnce_WhereBreadthFirstInterleaves()
    {
        using var run = Searched(SwitchSpecs.TwoSteps, SwitchSpecs.TwoStepsInvariant, checkDeadlock: false);

        var result = run.Result;
        Assert.Equal(Verdict.SafetyFailure, result.Verdict);
        Assert.Equal(["A(p1)", "B(p1)", "A(p2)", "B(p2)"], Labels(result.Trace!));
        Assert.Equal("Among 6 shortest traces, this one switches process 1 time (the fewest).", result.TraceNote);

        var all = ShortestTraceEnumerator.FewestSwitchesPerTrace(run.Model, result.Trace!.Steps.Length, (w, _, s) => w.FirstViolatedInvariant(s) == 0, out var count);
        Assert.Equal(6, count);
        Assert.Equal(all.Min(ShortestTraceEnumerator.Switches), ShortestTraceEnumerator.Switches(Actors(result.Trace)));

        // The interleaving breadth-first search meets first is among them, with three switches.
        Assert.Contains(all, actors => actors.SequenceEqual(["p1", "p2", "p1", "p2"]));
    }

    [Fact]
    public void Deadlock_TraceSwitchesProcessOnce()
    {
        using var run = Searched(SwitchSpecs.TwoSteps, SwitchSpecs.TwoStepsDeadlock, checkDeadlock: true);

        var result = run.Result;
        Assert.Equal(Verdict.Deadlock, result.Verdict);
        Assert.Equal(["A(p1)", "B(p1)", "A(p2)", "B(p2)"], Labels(result.Trace!));
        Assert.Equal("Among 6 shortest traces, this one switches process 1 time (the fewest).", result.TraceNote);
        var all = ShortestTraceEnumerator.FewestSwitchesPerTrace(run.Model, result.Trace!.Steps.Length, (w, _, s) => Successors(w, s) == 0, out _);
        Assert.Equal(all.Min(ShortestTraceEnumerator.Switches), ShortestTraceEnumerator.Switches(Actors(result.Trace)));
    }

    [Fact]
    public void ActionProperty_LastStepCountsToo()
    {
        using var run = Searched(SwitchSpecs.TwoSteps, SwitchSpecs.TwoStepsActionProperty, checkDeadlock: false);

        var result = run.Result;
        Assert.Equal(Verdict.SafetyFailure, result.Verdict);
        Assert.Equal("action property", result.PropertyKind);
        Assert.Equal(["A(p1)", "B(p1)", "A(p2)", "B(p2)"], Labels(result.Trace!));
        Assert.Equal("Among 6 shortest traces, this one switches process 1 time (the fewest).", result.TraceNote);
        var all = ShortestTraceEnumerator.FewestSwitchesPerTrace(run.Model, result.Trace!.Steps.Length, (w, f, t) => w.FirstViolatedActionProperty(f, t) == 0, out var count);
        Assert.Equal(6, count);
        Assert.Equal(all.Min(ShortestTraceEnumerator.Switches), ShortestTraceEnumerator.Switches(Actors(result.Trace)));
    }

    [Fact]
    public void Many_FewestSwitchesIsOneLessThanTheProcesses_WithOneWorkerOrTwo()
    {
        using var dir = new TempDirectory();
        var spec = dir.Write("Many.tla", SwitchSpecs.Many);
        var config = dir.Write("Many.cfg", SwitchSpecs.ManyConfig);

        var one = CliRun.Check(spec, config, workers: 1);
        var two = CliRun.Check(spec, config, workers: 2);

        Assert.Equal(12, one.ExitCode);
        Assert.Equal(one.StdoutAfterHeader, two.StdoutAfterHeader);
        Assert.Contains("Among 137,225,088,000 shortest traces, this one switches process 5 times (the fewest).", one.Stdout, StringComparison.Ordinal);
        var order = string.Join(" ", one.Stdout.Split('\n').Where(l => l.StartsWith("State ", StringComparison.Ordinal) && l.EndsWith(")>", StringComparison.Ordinal)).Select(l => l[(l.IndexOf('(', StringComparison.Ordinal) + 1)..^2]));
        Assert.Equal("p1 p1 p1 p2 p2 p2 p3 p3 p3 p4 p4 p4 p5 p5 p5 p6 p6 p6", order);
    }

    [Fact]
    public void Check_PrintsTheNoteUnderTheHeadline_AndWritesItToTheTextFile()
    {
        using var dir = new TempDirectory();
        var spec = dir.Write("TwoSteps.tla", SwitchSpecs.TwoSteps);
        var config = dir.Write("TwoSteps.cfg", SwitchSpecs.TwoStepsInvariant);
        var outDir = dir.File("out");

        var run = CliRun.Check(spec, config, workers: 2, outDir: outDir);

        var headline = "Error: Invariant NotBothDone is violated.\nAmong 6 shortest traces, this one switches process 1 time (the fewest).\n";
        Assert.Contains(headline, run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith(headline, File.ReadAllText(Path.Combine(outDir, "TwoSteps", "NotBothDone.txt")), StringComparison.Ordinal);
        Assert.Equal(5, run.TraceLength);
        Assert.Equal(9, run.Number("distinctStates"));
    }

    [Fact]
    public void SingleActor_NoNote_TraceUnchanged()
    {
        using var run = Searched(Traces.TraceSpecs.Counter, Traces.TraceSpecs.CounterConfig, checkDeadlock: false);

        Assert.Null(run.Result.TraceNote);
        Assert.Equal(["Inc", "Inc", "Inc"], Labels(run.Result.Trace!));
    }

    [Fact]
    public void AlreadyFewest_SearchTraceKept()
    {
        // Breadth-first search reaches "all done" through the blocks A(p1), B(p1), A(p2), B(p2) when Next takes each process whole.
        const string spec = """
            ---- MODULE Blocks ----
            CONSTANT Procs
            VARIABLE pc
            Init == pc = [p \in Procs |-> "a"]
            A(p) == pc[p] = "a" /\ pc' = [pc EXCEPT ![p] = "b"]
            B(p) == pc[p] = "b" /\ pc' = [pc EXCEPT ![p] = "done"]
            Next == \E p \in Procs : A(p) \/ B(p)
            NotBothDone == ~(\A p \in Procs : pc[p] = "done")
            ====
            """;
        using var run = Searched(spec, "CONSTANT Procs = {p1, p2}\nINIT Init\nNEXT Next\nINVARIANT NotBothDone\n", checkDeadlock: false);

        Assert.Equal(["A(p1)", "B(p1)", "A(p2)", "B(p2)"], Labels(run.Result.Trace!));
        Assert.Equal("Among 6 shortest traces, this one switches process 1 time (the fewest).", run.Result.TraceNote);
    }

    [Fact]
    public void Constraint_TracesOutsideItAreNotCandidates()
    {
        // No process may finish while another has not started: both A steps come first, so one switch is impossible.
        var spec = SwitchSpecs.TwoSteps.Replace("====", "BothStartFirst == ~\\E p, q \\in Procs : pc[p] = \"done\" /\\ pc[q] = \"a\"\n====", StringComparison.Ordinal);
        const string config = "CONSTANT Procs = {p1, p2}\nSPECIFICATION Spec\nINVARIANT NotBothDone\nCONSTRAINT BothStartFirst\n";
        using var run = Searched(spec, config, checkDeadlock: false);

        Assert.Equal(["A(p2)", "A(p1)", "B(p1)", "B(p2)"], Labels(run.Result.Trace!));
        Assert.Equal("Among 4 shortest traces, this one switches process 2 times (the fewest).", run.Result.TraceNote);
        var all = ShortestTraceEnumerator.FewestSwitchesPerTrace(run.Model, 5, (w, _, s) => w.FirstViolatedInvariant(s) == 0, out var count);
        Assert.Equal(4, count);
        Assert.Equal(2, all.Min(ShortestTraceEnumerator.Switches));
    }

    private static int Successors(IModelWorker worker, Value[] state)
    {
        var counter = new CountingSink();
        worker.EnumerateNext(state, counter);
        return counter.Count;
    }

    private static string[] Labels(Counterexample trace) => [.. trace.Steps.Skip(1).Select(s => s.Action!)];

    private static List<string> Actors(Counterexample trace) =>
        [.. trace.Steps.Skip(1).Select(s => ActionLabel.Parse(s.Action!) is { Arguments.Length: > 0 } label ? label.Arguments[0] : ActionLabel.Parse(s.Action!).Name)];

    private static SearchedSpec Searched(string spec, string config, bool checkDeadlock)
    {
        var dir = new TempDirectory();
        var specPath = dir.Write("Spec.tla", spec.Replace("---- MODULE TwoSteps ----", "---- MODULE Spec ----", StringComparison.Ordinal)
            .Replace("---- MODULE Blocks ----", "---- MODULE Spec ----", StringComparison.Ordinal)
            .Replace("---- MODULE Counter ----", "---- MODULE Spec ----", StringComparison.Ordinal));
        var configPath = dir.Write("Spec.cfg", config);
        var outcome = ModelBuilder.Build(specPath, configPath, []);
        Assert.True(outcome.Model is not null, string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
        var result = new BreadthFirstSearch(outcome.Model, new SearchOptions(1, CheckDeadlock: checkDeadlock)).Run();
        return new SearchedSpec(dir, outcome.Model, result);
    }

    private sealed record SearchedSpec(TempDirectory Dir, IModel Model, SearchResult Result) : IDisposable
    {
        public void Dispose() => Dir.Dispose();
    }

    private sealed class CountingSink : ISuccessorSink
    {
        public int Count { get; private set; }

        public void Add(Value[] state) => Count++;
    }
}
