using System.Text.Json.Nodes;
using ModelCheck.Cli.Commands;
using ModelCheck.Cli.Replay;
using ModelCheck.Engine.Search;
using ModelCheck.Tla.Modeling;
using ModelCheck.Traces;
using ModelCheck.Traces.Itf;
using Xunit;

namespace ModelCheck.Tests.Replay;

/// <summary>
/// The acceptance round trip on the failing conformance models: the counterexample written as ITF,
/// read back and replayed, reproduces the same violation; with one step changed, replay rejects it
/// and names that step. Skipped with a message when ../shared is absent.
/// </summary>
public sealed class ReplayRoundTripTests
{
    public static TheoryData<string, string, string> FailingModels => new()
    {
        { "DieHard/DieHard.tla", "DieHard", "NotSolved" },
        { "MissionariesAndCannibals/MissionariesAndCannibals.tla", "MissionariesAndCannibals", "Solution" },
    };

    [SharedTheory]
    [MemberData(nameof(FailingModels))]
    public void WrittenItf_ReadBackAndReplayed_ReproducesTheViolation(string relativeSpec, string config, string invariant)
    {
        using var temp = new TempDirectory();
        var spec = SpecPath(relativeSpec);
        var check = new StringWriter();
        var checkCode = CheckCommand.Run(new CheckRequest(spec, null, 1, [], false, null, temp.Path) { Formats = TraceFormats.Itf | TraceFormats.Text }, check, new StringWriter());
        Assert.Equal(12, checkCode);
        var itf = Path.Combine(temp.Path, config, invariant + ".itf.json");

        var run = ReplayRun.Of(itf, spec);

        Assert.True(run.ExitCode == 12, run.ToString());
        Assert.Contains($"Error: Invariant {invariant} is violated in state", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Error: Invariant {invariant} is violated.", check.ToString(), StringComparison.Ordinal);
        AssertSameStatesAsTheSearch(spec, itf);
    }

    [SharedTheory]
    [MemberData(nameof(FailingModels))]
    public void WrittenItf_WithOneStepChanged_IsRejectedNamingThatStep(string relativeSpec, string config, string invariant)
    {
        using var temp = new TempDirectory();
        var spec = SpecPath(relativeSpec);
        CheckCommand.Run(new CheckRequest(spec, null, 1, [], false, null, temp.Path) { Formats = TraceFormats.Itf }, new StringWriter(), new StringWriter());
        var trace = JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, config, invariant + ".itf.json")))!;
        var states = trace["states"]!.AsArray();
        var changed = states.Count / 2;

        var variable = trace["vars"]![0]!.GetValue<string>();
        states[changed]![variable] = "tampered";
        var edited = temp.Write("edited.itf.json", trace.ToJsonString());
        var action = states[changed]!["#meta"]!["action"]!.GetValue<string>();

        var run = ReplayRun.Of(edited, spec);

        Assert.True(run.ExitCode == ReplayExitCode.NotABehaviour, run.ToString());
        Assert.Contains($"Error: state {changed + 1} of the trace (ITF index {changed}, action <{action}>) is not a successor of state {changed}", run.Stdout, StringComparison.Ordinal);
    }

    private static string SpecPath(string relative) =>
        Path.Combine(RepoPaths.SharedRoot!, "conformance", "tlaplus-examples", relative);

    private static void AssertSameStatesAsTheSearch(string spec, string itf)
    {
        var outcome = ModelBuilder.Build(spec, null, []);
        var result = new BreadthFirstSearch(outcome.Model!, new SearchOptions(1, outcome.CheckDeadlock)).Run();
        var read = ItfTraceReader.Read(File.ReadAllText(itf));

        Assert.Equal(result.Trace!.Steps.Length, read.Steps.Length);
        for (var i = 0; i < read.Steps.Length; i++)
        {
            Assert.Equal(result.Trace.Steps[i].State, read.Steps[i].State);
            Assert.Equal(result.Trace.Steps[i].Action, read.Steps[i].Action);
        }
    }
}
