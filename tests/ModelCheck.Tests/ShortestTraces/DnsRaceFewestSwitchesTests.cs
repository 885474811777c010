using ModelCheck.Engine.Search;
using ModelCheck.Tests.DnsRace;
using ModelCheck.Tla.Modeling;
using ModelCheck.Traces.Labels;
using Xunit;

namespace ModelCheck.Tests.ShortestTraces;

/// <summary>
/// The incident trace switches process no more often than any other shortest trace: checked against
/// a brute-force enumeration of every shortest violating behaviour, on Original2025 with two Enactors.
/// </summary>
public sealed class DnsRaceFewestSwitchesTests
{
    [Fact]
    public void Original2025_SwitchesProcessNoMoreThanAnyShortestTrace()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("Small.cfg", """
            SPECIFICATION Spec
            CONSTANTS
                Enactors = {e1, e2}
                MaxGen = 5
                Threshold = 2
                RateLimited = FALSE
                WriteTimeCas = FALSE
                CleanupSparesActive = FALSE
                SafeDefaults = FALSE
            INVARIANT EndpointNeverEmpty
            CHECK_DEADLOCK FALSE
            """);
        var outcome = ModelBuilder.Build(DnsRacePaths.Spec, config, []);
        var result = new BreadthFirstSearch(outcome.Model!, new SearchOptions(1, CheckDeadlock: false)).Run();
        Assert.Equal(Verdict.SafetyFailure, result.Verdict);
        var trace = result.Trace!;

        var all = ShortestTraceEnumerator.FewestSwitchesPerTrace(outcome.Model!, trace.Steps.Length, (w, _, s) => w.FirstViolatedInvariant(s) == 0, out var count);

        Assert.True(count > 1, "the incident has several shortest interleavings");
        var emitted = trace.Steps.Skip(1).Select(s => ActionLabel.Parse(s.Action!) is { Arguments.Length: > 0 } l ? l.Arguments[0] : ActionLabel.Parse(s.Action!).Name).ToList();
        Assert.Equal(all.Min(ShortestTraceEnumerator.Switches), ShortestTraceEnumerator.Switches(emitted));
        Assert.Contains($"Among {count} shortest traces", result.TraceNote, StringComparison.Ordinal);
    }
}
