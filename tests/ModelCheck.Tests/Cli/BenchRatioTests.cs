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

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
