using System.Text.Json.Nodes;
using ModelCheck.Cli.Commands;
using ModelCheck.Cli.Replay;
using ModelCheck.Engine.Search;
using ModelCheck.Tests.Conformance;
using ModelCheck.Tla.Modeling;
using ModelCheck.Traces;
using ModelCheck.Traces.Itf;
using Xunit;

namespace ModelCheck.Tests.Replay;

/// <summary>
/// The acceptance round trip on the failing conformance models and end-to-end cases: the
/// counterexample written as ITF, read back and replayed, reproduces the same violation (an
/// invariant, or for a lasso the same temporal property as a fair infinite behaviour) and reads back
/// as the very trace the search built; with one step changed, replay rejects it and names that step.
/// Conformance models are skipped with a message when ../shared is absent.
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
        AssertSameTraceAsTheSearch(spec, null, itf);
    }

    /// <summary>Every model of ../shared/conformance/manifest.json, of any tier, that TLC finds violating a temporal property.</summary>
    public static IEnumerable<object[]> FailingLivenessModels() =>
        ConformanceModel.Load("core", "liveness", "breadth", "perf").Where(m => ((ConformanceModel)m[0]).Result == "liveness failure");

    /// <summary>Every end-to-end case whose verified output is a temporal violation (exit code 13).</summary>
    public static IEnumerable<object[]> FailingLivenessCases()
    {
        var root = Path.Combine(RepoPaths.TestProjectRoot, "EndToEnd", "Cases");
        foreach (var verified in Directory.GetFiles(root, "*.verified.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (File.ReadAllText(verified).StartsWith("exit code: 13\n", StringComparison.Ordinal))
            {
                var folder = Path.GetDirectoryName(verified)!;
                yield return [$"{Path.GetFileName(folder)}/{Path.GetFileName(verified)[..^".verified.txt".Length]}"];
            }
        }
    }

    [SharedTheory]
    [MemberData(nameof(FailingLivenessModels))]
    public void WrittenLasso_ReadBackAndReplayed_ViolatesTheSameTemporalProperty(ConformanceModel model) =>
        AssertLassoRoundTrip(model.Spec, model.Config);

    [Theory]
    [MemberData(nameof(FailingLivenessCases))]
    public void WrittenLassoOfAnEndToEndCase_ReadBackAndReplayed_ViolatesTheSameTemporalProperty(string name)
    {
        var folder = Path.Combine(RepoPaths.TestProjectRoot, "EndToEnd", "Cases", name.Split('/')[0]);
        AssertLassoRoundTrip(Path.Combine(folder, Path.GetFileName(folder) + ".tla"), Path.Combine(folder, name.Split('/')[1] + ".cfg"));
    }

    [Fact]
    public void FailingLivenessCases_IncludeEachKindOfLasso()
    {
        // The theory above must not pass by having nothing to run: a loop, a stuttering end, and both fairness kinds.
        var cases = FailingLivenessCases().Select(c => (string)c[0]).ToList();

        Assert.Contains("Fairness/WeakFairness", cases);
        Assert.Contains("Stuttering/Unfair", cases);
        Assert.True(cases.Count >= 4, string.Join(", ", cases));
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

    private static void AssertLassoRoundTrip(string spec, string config)
    {
        using var temp = new TempDirectory();
        var check = WrittenTrace.Of(spec, config, temp.Path);
        Assert.True(check.ExitCode == 13, check.Stdout);

        var run = ReplayRun.Of(check.Itf, spec, config);

        Assert.True(run.ExitCode == 13, run.ToString());
        Assert.Contains("The lasso is a fair behaviour of the spec", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(check.TemporalHeadline + "\n", run.Stdout, StringComparison.Ordinal);
        var searched = AssertSameTraceAsTheSearch(spec, config, check.Itf);
        Assert.NotNull(searched.LoopIndex);
        Assert.Equal(searched.Stuttering, searched.ClosingAction is null);
    }

    /// <summary>The ITF file holds the search's counterexample: states, labels, loop and closing step; returns the search's.</summary>
    private static Counterexample AssertSameTraceAsTheSearch(string spec, string? config, string itf)
    {
        var outcome = ModelBuilder.Build(spec, config, []);
        var searched = new BreadthFirstSearch(outcome.Model!, new SearchOptions(1, outcome.CheckDeadlock)).Run().Trace!;
        var read = ItfTraceReader.Read(File.ReadAllText(itf));

        Assert.Equal(searched.LoopIndex, read.LoopIndex);
        Assert.Equal(searched.Stuttering, read.Stuttering);
        Assert.Equal(searched.ClosingAction, read.ClosingAction);
        Assert.Equal(searched.Steps.Length, read.Steps.Length);
        for (var i = 0; i < read.Steps.Length; i++)
        {
            Assert.Equal(searched.Steps[i].State, read.Steps[i].State);
            Assert.Equal(searched.Steps[i].Action, read.Steps[i].Action);
        }

        return searched;
    }
}
