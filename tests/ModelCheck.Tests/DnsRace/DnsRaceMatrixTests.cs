using Xunit;

namespace ModelCheck.Tests.DnsRace;

/// <summary>
/// The verdict matrix of the DynamoDB DNS race and its counterexamples, regenerated and compared byte for byte with the
/// committed files (the README's table and counterexamples/dynamodb-dns come from here; accept changes with
/// MODELCHECK_ACCEPT=1).
/// </summary>
public sealed class DnsRaceMatrixTests(DnsRaceMatrixFixture matrix) : IClassFixture<DnsRaceMatrixFixture>
{
    [Fact]
    public void DnsRace_MatrixMatchesCommittedTable()
    {
        Assert.True(matrix.ExitCode == 0, $"matrix exited {matrix.ExitCode}\n{matrix.Stderr}");
        Golden.Assert(matrix.Table, DnsRacePaths.MatrixGolden);
    }

    [Fact]
    public void DnsRace_CounterexamplesMatchCommittedFiles()
    {
        Golden.AssertDirectory(matrix.CounterexampleDir, DnsRacePaths.Counterexamples);
    }

    [Fact]
    public void DnsRace_MatrixLeavesBenchOut()
    {
        Assert.Contains("| Original2025 ", matrix.Table, StringComparison.Ordinal);
        Assert.DoesNotContain("Bench", matrix.Table, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(matrix.CounterexampleDir, "Bench")));
    }

    [Fact]
    public void DnsRace_Hardened_SatisfiesEveryProperty()
    {
        var row = matrix.Table.Split('\n').Single(l => l.StartsWith("| Hardened ", StringComparison.Ordinal));
        var cells = row.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        // Variant, five property cells, distinct states.
        Assert.Equal(7, cells.Length);
        Assert.All(cells[1..^1], c => Assert.StartsWith("holds", c, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(matrix.CounterexampleDir, "Hardened")));
    }
}
