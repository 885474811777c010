using ModelCheck.Cli.Bench;
using Xunit;

namespace ModelCheck.Tests.Cli;

/// <summary>How `bench` pairs the runs of one round into side-by-side ratios.</summary>
public sealed class BenchRatioTests
{
    [Fact]
    public void RoundRatios_PairRunsByRoundAndTakeTheMedian()
    {
        // Round 2 ran while the machine was slow for both; round 3's first run alone was slowed.
        var (ratios, median) = BenchRunner.RoundRatios([1.2, 2.4, 3.0], [1.0, 2.0, 1.0]);

        Assert.Equal([1.2, 1.2, 3.0], ratios, new RoundedComparer());
        Assert.Equal(1.2, median, 6);
    }

    [Fact]
    public void RoundRatios_UseOnlyRoundsWithBothRuns()
    {
        var (ratios, median) = BenchRunner.RoundRatios([2.0, 4.0], [1.0]);

        Assert.Equal([2.0], ratios, new RoundedComparer());
        Assert.Equal(2.0, median, 6);
    }

    [Fact]
    public void CeilingRatios_AreWorkersTimesTheRunAloneOverTheSlowestRunAtOnce()
    {
        // Round 1: two runs at once took 1.25 s where one alone took 1.0 s, so the machine gave 1.6x.
        var (ratios, median) = BenchRunner.CeilingRatios([1.0, 2.0, 1.0], [1.25, 2.0, 1.0], 2);

        Assert.Equal([1.6, 2.0, 2.0], ratios, new RoundedComparer());
        Assert.Equal(2.0, median, 6);
    }

    [Fact]
    public void Counts_ReportAMismatchInAnyRunNotOnlyTheLast()
    {
        var input = new BenchInput("M", "M.tla", "M.cfg", ExpectedDistinct: 10, ExpectedGenerated: 20);
        ChildRun Run(long distinct) => new(1, 1.0, 0, "success", distinct, 20, 8, 4, null, null);

        Assert.Equal(("ok (TLC's counts)", true), BenchRunner.Counts(input, [Run(10), Run(10)]));
        var (counts, ok) = BenchRunner.Counts(input, [Run(10), Run(9), Run(10)]);

        Assert.False(ok);
        Assert.Equal("MISMATCH: run 2 found 9 distinct, 20 generated; expected 10, 20", counts);
    }

    [Fact]
    public void Json_CarriesTheCeilingAndTheShareOfItOnlyWhereMeasured()
    {
        var json = BenchRunner.Json(
        [
            new BenchRecord("M", 2, 1.0, 10, 20, 8, 4, 100, "ok"),
            new BenchRecord("M (2 one-worker runs at once)", 1, 1.25, 10, 20, 8, 4, null, "ok", Ceiling: 1.6, ShareOfCeiling: 0.9),
        ]);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var figures = document.RootElement;
        Assert.False(figures[0].TryGetProperty("ceiling", out _));
        Assert.Equal(1.6, figures[1].GetProperty("ceiling").GetDouble(), 6);
        Assert.Equal(0.9, figures[1].GetProperty("shareOfCeiling").GetDouble(), 6);
    }

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
