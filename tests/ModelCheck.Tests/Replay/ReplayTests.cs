using System.Text.Json.Nodes;
using ModelCheck.Cli.Commands;
using ModelCheck.Cli.Replay;
using ModelCheck.Tests.Traces;
using ModelCheck.Traces;
using Xunit;

namespace ModelCheck.Tests.Replay;

public sealed class ReplayTests
{
    [Fact]
    public void Replay_OfAWrittenCounterexample_ReportsTheSameViolation()
    {
        using var fixture = Fixture.Procs();

        var run = ReplayRun.Of(fixture.TracePath, fixture.Spec);

        Assert.True(run.ExitCode == 12, run.ToString());
        Assert.Contains("State 2: <Apply(e1)>\nState 3: <Finish(e1)>\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("The trace is a behaviour of the spec (5 states).\nError: Invariant NotAllDone is violated in state 5 (ITF index 4).\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfAPrefixWithoutViolation_Succeeds()
    {
        using var fixture = Fixture.Procs();
        var trace = fixture.Json();
        trace["states"]!.AsArray().RemoveAt(4);

        var run = ReplayRun.Of(fixture.Write(trace), fixture.Spec);

        Assert.True(run.ExitCode == ReplayExitCode.Valid, run.ToString());
        Assert.EndsWith("The trace is a behaviour of the spec (4 states).\nNo invariant is violated.\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_RejectsAChangedStepAndNamesIt()
    {
        using var fixture = Fixture.Procs();
        var trace = fixture.Json();
        trace["states"]![3]!["net"]!["sent"] = new JsonObject { ["#bigint"] = "5" };

        var run = ReplayRun.Of(fixture.Write(trace), fixture.Spec);

        Assert.True(run.ExitCode == ReplayExitCode.NotABehaviour, run.ToString());
        Assert.Contains("Error: state 4 of the trace (ITF index 3, action <Apply(e2)>) is not a successor of state 3: no step of the spec leads there.\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("The closest successor, by <Apply(e2)>, differs in net.sent (trace: 5, spec: 2).\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("State 4:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_RejectsAFirstStateThatIsNotInitial()
    {
        using var fixture = Fixture.Procs();
        var trace = fixture.Json();
        trace["states"]![0]!["note"] = "hello";

        var run = ReplayRun.Of(fixture.Write(trace), fixture.Spec);

        Assert.True(run.ExitCode == ReplayExitCode.NotABehaviour, run.ToString());
        Assert.Contains("Error: state 1 of the trace (ITF index 0) is not an initial state of the spec.\nThe closest initial state differs in note (trace: \"hello\", spec: \"\").\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_AcceptsStutteringSteps()
    {
        using var fixture = Fixture.Procs();
        var trace = fixture.Json();
        var states = trace["states"]!.AsArray();
        states.Insert(2, states[1]!.DeepClone());

        var run = ReplayRun.Of(fixture.Write(trace), fixture.Spec);

        Assert.True(run.ExitCode == 12, run.ToString());
        Assert.Contains("State 3: <Stuttering>\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ChecksTheStepThatClosesALasso()
    {
        using var fixture = Fixture.Procs();
        var trace = fixture.Json();
        trace["states"]!.AsArray().RemoveAt(4);
        trace["loop"] = 0;

        var run = ReplayRun.Of(fixture.Write(trace), fixture.Spec);

        Assert.True(run.ExitCode == ReplayExitCode.NotABehaviour, run.ToString());
        Assert.Contains("Error: state 4 of the trace (ITF index 3, action <Apply(e2)>) is the last state, and the loop back to state 1 is not a step of the spec.\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_AcceptsALassoThatEndsByStuttering()
    {
        using var fixture = Fixture.Procs();
        var trace = fixture.Json();
        trace["loop"] = 4;

        var run = ReplayRun.Of(fixture.Write(trace), fixture.Spec);

        Assert.True(run.ExitCode == 12, run.ToString());
        Assert.Contains("Back to state 5: <Stuttering>\nThe trace is a behaviour of the spec (5 states, a lasso).\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ReadsModelValuesFromTheConfigurationWhenTheTraceDoesNotListThem()
    {
        using var fixture = Fixture.Procs();
        var trace = fixture.Json();
        trace["#meta"]!.AsObject().Remove("modelValues");

        var run = ReplayRun.Of(fixture.Write(trace), fixture.Spec);

        Assert.True(run.ExitCode == 12, run.ToString());
    }

    [Fact]
    public void Replay_WarnsWhenTheTraceLabelsAStepDifferently()
    {
        using var fixture = Fixture.Procs();
        var trace = fixture.Json();
        trace["states"]![1]!["#meta"]!["action"] = "Apply(e2)";

        var run = ReplayRun.Of(fixture.Write(trace), fixture.Spec);

        Assert.True(run.ExitCode == 12, run.ToString());
        Assert.Contains("Warning: state 2: the trace labels the step <Apply(e2)>, the spec takes it by <Apply(e1)>\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_IgnoresExtraVariablesButRejectsMissingOnes()
    {
        using var fixture = Fixture.Procs();
        var extra = fixture.Json();
        extra["vars"]!.AsArray().Add("mbt::actionTaken");
        foreach (var state in extra["states"]!.AsArray())
        {
            state!["mbt::actionTaken"] = "step";
        }

        var missing = fixture.Json();
        missing["vars"]!.AsArray().RemoveAt(1);

        var withExtra = ReplayRun.Of(fixture.Write(extra), fixture.Spec);
        var withMissing = ReplayRun.Of(fixture.Write(missing), fixture.Spec);

        Assert.True(withExtra.ExitCode == 12, withExtra.ToString());
        Assert.Contains("Note: ignoring trace variables the spec does not have: mbt::actionTaken.\n", withExtra.Stdout, StringComparison.Ordinal);
        Assert.True(withMissing.ExitCode == ReplayExitCode.UnreadableTrace, withMissing.ToString());
        Assert.Contains("the trace has no value for the spec's variable log (trace variables: pc, net, note)", withMissing.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ReportsUnreadableTraces()
    {
        using var fixture = Fixture.Procs();

        var notJson = ReplayRun.Of(fixture.Folder.Write("bad.itf.json", "{"), fixture.Spec);
        var absent = ReplayRun.Of(fixture.Folder.File("absent.itf.json"), fixture.Spec);
        var empty = ReplayRun.Of(fixture.Folder.Write("empty.itf.json", """{"vars": ["pc", "log", "net", "note"], "states": []}"""), fixture.Spec);

        Assert.Equal(ReplayExitCode.UnreadableTrace, notJson.ExitCode);
        Assert.Contains("Error: cannot read the trace", notJson.Stdout, StringComparison.Ordinal);
        Assert.Equal(ReplayExitCode.UnreadableTrace, absent.ExitCode);
        Assert.Equal(ReplayExitCode.UnreadableTrace, empty.ExitCode);
        Assert.Contains("the trace has no states", empty.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ReportsSpecAndConfigErrorsWithTheirExitCodes()
    {
        using var fixture = Fixture.Procs();
        var brokenSpec = fixture.Folder.Write("Broken.tla", "---- MODULE Broken ----\nVARIABLE x\nInit == x = \n====\n");
        fixture.Folder.Write("Broken.cfg", "INIT Init\nNEXT Init\n");
        var brokenConfig = fixture.Folder.Write("bad.cfg", "INIT NoSuchInit\nNEXT Next\n");

        Assert.Equal(150, ReplayRun.Of(fixture.TracePath, brokenSpec).ExitCode);
        Assert.Equal(151, ReplayRun.Of(fixture.TracePath, fixture.Spec, brokenConfig).ExitCode);
    }

    [Fact]
    public void ReplayCommand_RequiresTheSpec()
    {
        var result = ReplayCommand.Create().Parse(["trace.itf.json"]);

        Assert.NotEmpty(result.Errors);
    }

    /// <summary>The Procs spec, checked with ITF output, and its counterexample file.</summary>
    private sealed class Fixture : IDisposable
    {
        private int _written;

        private Fixture()
        {
            Spec = Folder.Write("Procs.tla", TraceSpecs.Procs);
            Folder.Write("Procs.cfg", TraceSpecs.ProcsConfig);
            var code = CheckCommand.Run(new CheckRequest(Spec, null, 1, [], false, null, Folder.File("out")) { Formats = TraceFormats.Itf }, new StringWriter(), new StringWriter());
            Assert.Equal(12, code);
            TracePath = Folder.File("out/Procs/NotAllDone.itf.json");
        }

        public TempDirectory Folder { get; } = new();

        public string Spec { get; }

        public string TracePath { get; }

        public static Fixture Procs() => new();

        public JsonNode Json() => JsonNode.Parse(File.ReadAllText(TracePath))!;

        public string Write(JsonNode trace) => Folder.Write($"edited{++_written}.itf.json", trace.ToJsonString());

        public void Dispose() => Folder.Dispose();
    }
}
