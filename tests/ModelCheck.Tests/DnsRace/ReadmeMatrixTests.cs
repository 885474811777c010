using Xunit;

namespace ModelCheck.Tests.DnsRace;

/// <summary>The README shows the matrix the test suite produces, not one written by hand.</summary>
public sealed class ReadmeMatrixTests
{
    [Fact]
    public void Readme_EmbedsTheVerifiedMatrix()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var matrix = File.ReadAllText(Path.Combine(RepoPaths.TestProjectRoot, "DnsRace", "Matrix.verified.md")).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

        Assert.Contains(matrix, readme, StringComparison.Ordinal);
    }
}
