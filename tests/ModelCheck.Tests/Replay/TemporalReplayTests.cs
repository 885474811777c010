using System.Text.Json.Nodes;
using ModelCheck.Cli.Replay;
using ModelCheck.Tests.Liveness;
using Xunit;

namespace ModelCheck.Tests.Replay;

/// <summary>
/// Replay of lassos against temporal properties: a fair lasso that violates one exits 13 and names
/// it; an unfair one, or one whose cycle satisfies the property, is not a violation.
/// </summary>
public sealed class TemporalReplayTests
{
    [Fact]
    public void Replay_OfAFairLassoThatViolatesAProperty_Exits13AndNamesIt()
    {
        using var flip = Fixture.Of("Flip", LivenessSpecs.Flip, "SPECIFICATION SpecWF\nPROPERTY GoesEventually\n");

        var run = ReplayRun.Of(flip.Itf, flip.Spec, flip.Config);

        Assert.True(run.ExitCode == 13, run.ToString());
        Assert.EndsWith(
            "Back to state 1: <Toggle>\nThe trace is a behaviour of the spec (2 states, a lasso).\nNo invariant is violated.\n"
            + "The lasso is a fair behaviour of the spec (states 1 to 2 repeated forever).\nError: Temporal property GoesEventually is violated: <>(y = 1).\n",
            run.Stdout,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfALassoThatBreaksStrongFairness_IsNotAViolation()
    {
        using var flip = Fixture.Of("Flip", LivenessSpecs.Flip, "SPECIFICATION SpecWF\nPROPERTY GoesEventually\n");
        var strong = flip.Folder.Write("Strong.cfg", "SPECIFICATION SpecSF\nPROPERTY GoesEventually\n");

        var run = ReplayRun.Of(flip.Itf, flip.Spec, strong);

        Assert.True(run.ExitCode == ReplayExitCode.Valid, run.ToString());
        Assert.EndsWith(
            "The lasso is not a fair behaviour of the spec (states 1 to 2 repeated forever), so its cycle shows no temporal violation:\n"
            + "  SF_vars(Go): its action is enabled in some state of the cycle and never taken.\n",
            run.Stdout,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfALassoWhoseCycleReachesTheGoal_ReportsThatThePropertyHolds()
    {
        using var flip = Fixture.Of("Flip", LivenessSpecs.Flip, "SPECIFICATION SpecWF\nPROPERTY GoesEventually\n");
        var trace = flip.Json();
        var states = trace["states"]!.AsArray();
        states.Add(State(1, 1, "Go"));
        states.Add(State(0, 1, "Toggle"));
        trace["loop"] = 2;

        var run = ReplayRun.Of(flip.Write(trace), flip.Spec, flip.Config);

        Assert.True(run.ExitCode == ReplayExitCode.Valid, run.ToString());
        Assert.Contains("Back to state 3: <Toggle>\n", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("(states 3 to 4 repeated forever).\nTemporal property GoesEventually holds on the lasso.\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfStutteringWhereTheSpecCanStillMove_BreaksWeakFairnessOfNext()
    {
        // The lasso has no step out of x = 0, but the spec has: ENABLED comes from the spec, not the trace.
        using var counter = Fixture.Of("Counter", LivenessSpecs.Counter, "SPECIFICATION FairSpec\nPROPERTY ReachesThree\nCHECK_DEADLOCK FALSE\n", expectViolation: false);
        var trace = Trace(["x"], State(0));
        trace["loop"] = 0;

        var run = ReplayRun.Of(counter.Write(trace), counter.Spec, counter.Config);

        Assert.True(run.ExitCode == ReplayExitCode.Valid, run.ToString());
        Assert.Contains("Back to state 1: <Stuttering>\n", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("  WF_x(Next): its action is enabled in every state of the cycle and never taken.\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_OfATraceWithoutLoop_ChecksOnlyTheFirstState()
    {
        using var counter = Fixture.Of("Counter", LivenessSpecs.Counter, "SPECIFICATION FairSpec\nPROPERTIES ReachesThree StartsAtOne\nCHECK_DEADLOCK FALSE\n");

        var run = ReplayRun.Of(counter.Itf, counter.Spec, counter.Config);

        Assert.True(run.ExitCode == 13, run.ToString());
        Assert.EndsWith(
            "Temporal properties are checked on the first state only: the trace has no loop, and only an infinite behaviour can violate the rest.\n"
            + "Error: Temporal property StartsAtOne is violated: x = 1 is false in state 1.\n",
            run.Stdout,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_WarnsWhenTheTraceLabelsTheStepBackDifferently()
    {
        using var flip = Fixture.Of("Flip", LivenessSpecs.Flip, "SPECIFICATION SpecWF\nPROPERTY GoesEventually\n");
        var trace = flip.Json();
        trace["#meta"]!["loopAction"] = "Go";

        var run = ReplayRun.Of(flip.Write(trace), flip.Spec, flip.Config);

        Assert.True(run.ExitCode == 13, run.ToString());
        Assert.Contains("Warning: back to state 1: the trace labels the step <Go>, the spec takes it by <Toggle>\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ReportsAnInvariantBeforeATemporalProperty()
    {
        // Check stops at the first invariant violated; replay exits as check would, and says both.
        using var flip = Fixture.Of("Flip", LivenessSpecs.Flip, "SPECIFICATION SpecWF\nPROPERTY GoesEventually\n");
        var both = flip.Folder.Write("Both.cfg", "SPECIFICATION SpecWF\nINVARIANT YStaysZero\nPROPERTY GoesEventually\n");
        var trace = flip.Json();
        trace["states"]!.AsArray().Add(State(1, 1, "Go"));
        trace["states"]!.AsArray().Add(State(0, 1, "Toggle"));
        trace["loop"] = 2;

        var run = ReplayRun.Of(flip.Write(trace), flip.Spec, both);

        Assert.True(run.ExitCode == 12, run.ToString());
        Assert.Contains("Error: Invariant YStaysZero is violated in state 3 (ITF index 2).\n", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("Temporal property GoesEventually holds on the lasso.\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ReportsAViolatedActionPropertyAndTheStep()
    {
        var folder = Path.Combine(RepoPaths.TestProjectRoot, "EndToEnd", "Cases", "SafetyBasics");
        var spec = Path.Combine(folder, "SafetyBasics.tla");
        var config = Path.Combine(folder, "ActionProperty.cfg");
        using var temp = new TempDirectory();
        var check = WrittenTrace.Of(spec, config, temp.Path);
        Assert.Equal(12, check.ExitCode);

        var run = ReplayRun.Of(check.Itf, spec, config);

        Assert.True(run.ExitCode == 12, run.ToString());
        Assert.EndsWith("No invariant is violated.\nError: Action property Increasing is violated by the step to state 4 (ITF index 3).\n", run.Stdout, StringComparison.Ordinal);
    }

    private static JsonObject State(int x, int y, string action) => new()
    {
        ["#meta"] = new JsonObject { ["action"] = action },
        ["x"] = new JsonObject { ["#bigint"] = x.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        ["y"] = new JsonObject { ["#bigint"] = y.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static JsonObject State(int x) => new() { ["x"] = new JsonObject { ["#bigint"] = x.ToString(System.Globalization.CultureInfo.InvariantCulture) } };

    private static JsonObject Trace(string[] variables, params JsonObject[] states) => new()
    {
        ["vars"] = new JsonArray([.. variables.Select(v => JsonValue.Create(v))]),
        ["states"] = new JsonArray(states),
    };

    /// <summary>A spec and configuration in a temporary folder, checked with ITF output.</summary>
    private sealed class Fixture : IDisposable
    {
        private int _written;

        private Fixture(string name, string spec, string config, bool expectViolation)
        {
            Spec = Folder.Write(name + ".tla", spec);
            Config = Folder.Write(name + ".cfg", config);
            if (expectViolation)
            {
                Itf = WrittenTrace.Of(Spec, Config, Folder.File("out")).Itf;
            }
        }

        public TempDirectory Folder { get; } = new();

        public string Spec { get; }

        public string Config { get; }

        public string Itf { get; } = string.Empty;

        public static Fixture Of(string name, string spec, string config, bool expectViolation = true) => new(name, spec, config, expectViolation);

        public JsonNode Json() => JsonNode.Parse(File.ReadAllText(Itf))!;

        public string Write(JsonNode trace) => Folder.Write($"edited{++_written}.itf.json", trace.ToJsonString());

        public void Dispose() => Folder.Dispose();
    }
}
