using System.Text.Json.Nodes;
using ModelCheck.Cli.Replay;
using ModelCheck.Tests.DnsRace;
using Xunit;

namespace ModelCheck.Tests.Replay;

/// <summary>
/// The round trip on the flagship: every committed DnsRace counterexample, read back from its ITF file
/// and replayed against its variant, is a behaviour of the spec that violates its property: an
/// invariant in some state, or, for a lasso, a temporal property as a fair infinite behaviour.
/// </summary>
public sealed class DnsRaceReplayTests
{
    private static readonly string[] s_temporal = ["RecoveryTerminates", "EventuallyLatest"];

    public static IEnumerable<object[]> CommittedInvariantTraces() => Committed(p => !s_temporal.Contains(p));

    public static IEnumerable<object[]> CommittedTemporalTraces() => Committed(s_temporal.Contains);

    [Theory]
    [MemberData(nameof(CommittedInvariantTraces))]
    public void CommittedItf_ReplaysAsAViolation(string variant, string invariant)
    {
        using var temp = new TempDirectory();
        var config = temp.Write($"{variant}.cfg", OnlyProperty(variant, "INVARIANT", invariant));

        var run = ReplayRun.Of(Itf(variant, invariant), DnsRacePaths.Spec, config);

        Assert.True(run.ExitCode == 12, run.ToString());
        Assert.Contains($"Invariant {invariant} is violated", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CommittedTemporalTraces))]
    public void CommittedLasso_ReplaysAsAFairViolationOfItsProperty(string variant, string property)
    {
        using var temp = new TempDirectory();
        var config = temp.Write($"{variant}.cfg", OnlyProperty(variant, "PROPERTY", property));
        var headline = File.ReadLines(Path.Combine(DnsRacePaths.Counterexamples, variant, property + ".txt")).First();

        var run = ReplayRun.Of(Itf(variant, property), DnsRacePaths.Spec, config);

        Assert.True(run.ExitCode == 13, run.ToString());
        Assert.Contains("The lasso is a fair behaviour of the spec", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(headline + "\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void CommittedLassos_AreEveryTemporalViolationOfTheMatrix()
    {
        // One committed lasso per "violated" cell of the temporal columns, so the theory above covers them all.
        var rows = File.ReadAllLines(DnsRacePaths.MatrixGolden).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).ToList();
        var header = rows[0];
        var expected = rows.Skip(2)
            .SelectMany(r => s_temporal.Where(p => r[Array.IndexOf(header, p)].StartsWith("violated", StringComparison.Ordinal)).Select(p => $"{r[1]}/{p}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, CommittedTemporalTraces().Select(t => $"{t[0]}/{t[1]}").Order(StringComparer.Ordinal));
        Assert.NotEmpty(expected);
    }

    [Fact]
    public void CommittedLasso_StoppedWhereAnEnactorCanStillMove_IsNotAFairBehaviour()
    {
        // The incident's lasso ends with e3 holding a plan; stuttering there forever is unfair to e3.
        using var temp = new TempDirectory();
        var config = temp.Write("Original2025.cfg", OnlyProperty("Original2025", "PROPERTY", "RecoveryTerminates"));
        var trace = JsonNode.Parse(File.ReadAllText(Itf("Original2025", "RecoveryTerminates")))!;
        trace["loop"] = trace["states"]!.AsArray().Count - 1;
        trace["#meta"]!.AsObject().Remove("loopAction");

        var run = ReplayRun.Of(temp.Write("stopped.itf.json", trace.ToJsonString()), DnsRacePaths.Spec, config);

        Assert.True(run.ExitCode == ReplayExitCode.Valid, run.ToString());
        Assert.Contains("The lasso is not a fair behaviour of the spec (state 17 repeated forever)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  WF_vars(EnactorStep(e)) [e = e3]: its action is enabled in every state of the cycle and never taken.\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Error:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void CommittedLasso_UnderTheWholeVariant_ExitsForTheInvariantAndNamesBothTemporalProperties()
    {
        var run = ReplayRun.Of(Itf("Original2025", "RecoveryTerminates"), DnsRacePaths.Spec, DnsRacePaths.Config("Original2025"));

        Assert.True(run.ExitCode == 12, run.ToString());
        Assert.Contains("Error: Invariant EndpointNeverEmpty is violated in state 12 (ITF index 11).\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Error: Temporal property RecoveryTerminates is violated: Empty ~> ~Empty.\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Error: Temporal property EventuallyLatest is violated: <>[](active = MaxGen).\n", run.Stdout, StringComparison.Ordinal);
    }

    private static IEnumerable<object[]> Committed(Func<string, bool> keep)
    {
        foreach (var file in Directory.GetFiles(DnsRacePaths.Counterexamples, "*.itf.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var property = Path.GetFileName(file)[..^".itf.json".Length];
            if (keep(property))
            {
                yield return [Path.GetFileName(Path.GetDirectoryName(file)!), property];
            }
        }
    }

    private static string Itf(string variant, string property) => Path.Combine(DnsRacePaths.Counterexamples, variant, property + ".itf.json");

    /// <summary>The variant's constants, with the one property under test in <paramref name="section"/> and nothing else checked.</summary>
    private static string OnlyProperty(string variant, string section, string property)
    {
        var kept = File.ReadAllText(DnsRacePaths.Config(variant)).Split('\n')
            .TakeWhile(l => !l.StartsWith("INVARIANT", StringComparison.Ordinal) && !l.StartsWith("PROPERT", StringComparison.Ordinal));
        return string.Join('\n', kept) + $"\n{section} {property}\nCHECK_DEADLOCK FALSE\n";
    }
}
