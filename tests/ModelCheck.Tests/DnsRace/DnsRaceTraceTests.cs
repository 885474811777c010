using ModelCheck.Cli.Commands;
using ModelCheck.Engine.Search;
using ModelCheck.Tests.Cli;
using Xunit;

namespace ModelCheck.Tests.DnsRace;

/// <summary>
/// The DynamoDB DNS race of October 2025 as the checker finds it: the story of the shortest counterexample, what the
/// fixes change, and that <c>check --out</c> writes the very files the matrix commits.
/// </summary>
public sealed class DnsRaceTraceTests
{
    [Fact]
    public void DnsRace_Original2025_EmptiesTheEndpoint()
    {
        var result = DnsRaceRun.CheckInvariant("Original2025", "EndpointNeverEmpty");

        Assert.Equal(Verdict.SafetyFailure, result.Verdict);
        var trace = result.Trace!;
        var last = trace.Steps.Length - 1;
        Assert.Equal(10, trace.Steps.Length);

        // (4) The last step is an Enactor's cleanup; (3) the one before, another Enactor's stale apply.
        var cleanup = trace.Steps[last].Action!;
        var staleApply = trace.Steps[last - 1].Action!;
        Assert.StartsWith("Cleanup(", cleanup, StringComparison.Ordinal);
        Assert.StartsWith("Apply(", staleApply, StringComparison.Ordinal);
        var cleaner = cleanup["Cleanup(".Length..^1];
        var delayed = staleApply["Apply(".Length..^1];
        Assert.NotEqual(cleaner, delayed);

        // (3) The stale apply replaced a newer generation, which (2) the cleaning Enactor had applied.
        var newer = DnsRaceRun.Generation(trace, last - 2, "active");
        var older = DnsRaceRun.Generation(trace, last - 1, "active");
        Assert.True(older < newer, $"active went from {newer} to {older}");
        var cleanerApply = trace.Steps.ToList().FindIndex(s => s.Action == $"Apply({cleaner})");
        Assert.InRange(cleanerApply, 1, last - 2);
        Assert.Equal(newer, DnsRaceRun.Generation(trace, cleanerApply, "active"));

        // (1) The delayed Enactor made its one-time check before the other one picked up the newer plan.
        var delayedPickup = trace.Steps.ToList().FindIndex(s => s.Action == $"Pickup({delayed})");
        var cleanerPickup = trace.Steps.ToList().FindIndex(s => s.Action == $"Pickup({cleaner})");
        Assert.InRange(delayedPickup, 1, cleanerPickup - 1);

        // The endpoint now points at a plan that no longer exists.
        Assert.Contains(older, DnsRaceRun.Plans(trace, last - 1));
        Assert.DoesNotContain(older, DnsRaceRun.Plans(trace, last));
        Assert.Equal(older, DnsRaceRun.Generation(trace, last, "active"));
    }

    [Fact]
    public void DnsRace_RateLimited_StillEmptiesTheEndpointLater()
    {
        var original = DnsRaceRun.CheckInvariant("Original2025", "EndpointNeverEmpty");
        var limited = DnsRaceRun.CheckInvariant("RateLimited", "EndpointNeverEmpty");

        Assert.Equal(Verdict.SafetyFailure, limited.Verdict);
        Assert.True(limited.Trace!.Steps.Length > original.Trace!.Steps.Length);
        Assert.StartsWith("Cleanup(", limited.Trace.Steps[^1].Action, StringComparison.Ordinal);
    }

    [Fact]
    public void DnsRace_WriteTimeCas_PreventsTheStaleOverwrite()
    {
        Assert.Equal(Verdict.Success, DnsRaceRun.CheckInvariant("WriteTimeCas", "NoStaleOverwrite").Verdict);
        Assert.Equal(Verdict.Success, DnsRaceRun.CheckInvariant("WriteTimeCas", "EndpointNeverEmpty").Verdict);
    }

    [Fact]
    public void DnsRace_Original2025_CheckShowsTheStaleApplyAndTheEmptyingCleanup()
    {
        // The README's command: the configuration checks EndpointNeverEmpty, so `check` shows the whole incident.
        var run = CliRun.Check(DnsRacePaths.Spec, DnsRacePaths.Config("Original2025"), workers: 1);

        Assert.Equal(12, run.ExitCode);
        Assert.Contains("Error: Invariant EndpointNeverEmpty is violated.", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(10, run.TraceLength);
        var applies = run.Stdout.Split('\n').Where(l => l.StartsWith("State ", StringComparison.Ordinal)).ToList();
        Assert.Matches(@"^State 9: <Apply\(e\d\)>$", applies[8]);
        Assert.Matches(@"^State 10: <Cleanup\(e\d\)>$", applies[9]);
    }

    [Fact]
    public void DnsRace_Hardened_CheckFindsNoError()
    {
        var run = CliRun.Check(DnsRacePaths.Spec, DnsRacePaths.Config("Hardened"), workers: 1);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
    }

    [Theory]
    [InlineData("Original2025", "INVARIANTS", "EndpointNeverEmpty")]
    [InlineData("Original2025", "PROPERTIES", "RecoveryTerminates")]
    public void DnsRace_CheckOutWritesTheCommittedCounterexample(string variant, string section, string property)
    {
        // `check` reports the first violation only, so it gets a copy of the configuration that lists one property.
        using var temp = new TempDirectory();
        var config = temp.Write($"cfg/{variant}.cfg", WithOnly(File.ReadAllText(DnsRacePaths.Config(variant)), section, property));
        var outDir = temp.File("out");
        var request = new CheckRequest(DnsRacePaths.Spec, config, 1, [], NoDeadlock: false, Report: null, OutDir: outDir);

        var code = CheckCommand.Run(request, new StringWriter(), new StringWriter());

        Assert.NotEqual(0, code);
        var written = Path.Combine(outDir, variant, property + ".txt");
        var committed = Path.Combine(DnsRacePaths.Counterexamples, variant, property + ".txt");
        Assert.Equal(File.ReadAllText(committed), File.ReadAllText(written));
    }

    /// <summary>The configuration with its INVARIANTS and PROPERTIES sections replaced by <paramref name="section"/> listing <paramref name="property"/>.</summary>
    private static string WithOnly(string config, string section, string property)
    {
        var kept = new List<string>();
        var skipping = false;
        foreach (var line in config.Split('\n'))
        {
            if (line.StartsWith("INVARIANTS", StringComparison.Ordinal) || line.StartsWith("PROPERTIES", StringComparison.Ordinal))
            {
                skipping = true;
                continue;
            }

            // Section entries are indented; the first unindented line ends the section.
            if (skipping && line.StartsWith(' '))
            {
                continue;
            }

            skipping = false;
            kept.Add(line);
        }

        kept.Add($"{section}\n    {property}\n");
        return string.Join("\n", kept);
    }
}
