using Xunit;
using Xunit.Sdk;

namespace ModelCheck.Tests;

public sealed class GoldenTests
{
    [Fact]
    public void Golden_PassesWhenContentMatchesAndNormalisesLineEnds()
    {
        using var temp = new TempDirectory();
        var golden = temp.Write("Foo.verified.txt", "a\nb\n");

        Golden.Assert("a\r\nb\r\n", golden, accept: false);
        Golden.Assert("a\nb\n", golden, accept: false);

        Assert.False(File.Exists(temp.File("Foo.received.txt")));
    }

    [Fact]
    public void Golden_OnMismatchWritesReceivedFileAndFailsWithNumberedDiff()
    {
        using var temp = new TempDirectory();
        var golden = temp.Write("Foo.verified.txt", "one\ntwo\nthree\nfour\nfive\nsix\n");

        var failure = Assert.Throws<FailException>(() => Golden.Assert("one\ntwo\nthree\nFOUR\nfive\nsix\n", golden, accept: false));

        Assert.Equal("one\ntwo\nthree\nFOUR\nfive\nsix\n", File.ReadAllText(temp.File("Foo.received.txt")));
        Assert.Equal("one\ntwo\nthree\nfour\nfive\nsix\n", File.ReadAllText(golden));
        Assert.Contains(temp.File("Foo.received.txt"), failure.Message, StringComparison.Ordinal);
        Assert.Contains("MODELCHECK_ACCEPT=1", failure.Message, StringComparison.Ordinal);
        Assert.Contains(
            "  2 | two\n  3 | three\n- 4 | four\n+ 4 | FOUR\n  5 | five\n  6 | six\n",
            failure.Message.Replace("\r\n", "\n", StringComparison.Ordinal),
            StringComparison.Ordinal);
        Assert.DoesNotContain("| one", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Golden_DiffShowsInsertedLinesAndCapsLongRuns()
    {
        using var temp = new TempDirectory();
        var golden = temp.Write("Foo.txt", "a\nz\n");
        var actual = "a\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"new{i}\n")) + "z\n";

        var failure = Assert.Throws<FailException>(() => Golden.Assert(actual, golden, accept: false));

        Assert.Contains("+  2 | new1\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+  9 | new8\n+ ... 12 more line(s)\n", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("new9", failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("Foo.received.txt")));
    }

    [Fact]
    public void Golden_ExplainsDifferenceOnlyInFinalNewline()
    {
        using var temp = new TempDirectory();
        var golden = temp.Write("Foo.txt", "a\nb");

        var failure = Assert.Throws<FailException>(() => Golden.Assert("a\nb\n", golden, accept: false));

        Assert.Contains("only the line ends at the end of the file differ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Golden_ExplainsCrLfInGoldenFile()
    {
        using var temp = new TempDirectory();
        var golden = temp.Write("Foo.txt", "a\r\nb\r\n");

        var failure = Assert.Throws<FailException>(() => Golden.Assert("a\nb\n", golden, accept: false));

        Assert.Contains("\\r\\n line ends", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Golden_WhenAcceptingOverwritesGoldenAndRemovesReceived()
    {
        using var temp = new TempDirectory();
        var golden = temp.Write("Foo.verified.txt", "old\n");
        temp.Write("Foo.received.txt", "stale\n");

        Golden.Assert("new\r\n", golden, accept: true);

        Assert.Equal("new\n", File.ReadAllText(golden));
        Assert.False(File.Exists(temp.File("Foo.received.txt")));
    }

    [Fact]
    public void Golden_MissingGoldenFailsUnlessAccepting()
    {
        using var temp = new TempDirectory();
        var golden = temp.File("deep/er/Foo.verified.txt");

        var failure = Assert.Throws<FailException>(() => Golden.Assert("x\n", golden, accept: false));
        Assert.Contains("golden file does not exist", failure.Message, StringComparison.Ordinal);
        Assert.Equal("x\n", File.ReadAllText(temp.File("deep/er/Foo.received.txt")));

        Golden.Assert("x\n", golden, accept: true);
        Assert.Equal("x\n", File.ReadAllText(golden));
        Assert.False(File.Exists(temp.File("deep/er/Foo.received.txt")));
    }

    [Fact]
    public void Golden_DeletesStaleReceivedFileOnSuccess()
    {
        using var temp = new TempDirectory();
        var golden = temp.Write("Foo.verified.txt", "same\n");
        var received = temp.Write("Foo.received.txt", "old failure\n");

        Golden.Assert("same\n", golden, accept: false);

        Assert.False(File.Exists(received));
    }

    [Theory]
    [InlineData("Foo.verified.txt", "Foo.received.txt")]
    [InlineData("Foo.Bar.verified.json", "Foo.Bar.received.json")]
    [InlineData("Foo.txt", "Foo.received.txt")]
    [InlineData("Foo.tar.gz", "Foo.tar.received.gz")]
    [InlineData("Foo.verified", "Foo.received")]
    [InlineData("Foo", "Foo.received")]
    public void Golden_NamesReceivedFilesLikeVerify(string golden, string received)
    {
        Assert.Equal(Path.Combine("dir", received), Golden.ReceivedPath(Path.Combine("dir", golden)));
        Assert.True(Golden.IsReceivedFile(received));
        Assert.False(Golden.IsReceivedFile(golden));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("0", false)]
    [InlineData("1", true)]
    [InlineData(" true ", true)]
    [InlineData("TRUE", true)]
    public void Golden_ReadsAcceptVariable(string? value, bool accept)
    {
        Assert.Equal(accept, Golden.IsAcceptValue(value));
    }

    [Fact]
    public void Golden_DirectoryPassesForEqualTreesAndIgnoresReceivedFiles()
    {
        using var actual = new TempDirectory();
        using var golden = new TempDirectory();
        actual.Write("a.txt", "a\r\n");
        actual.Write("sub/b.tla", "b\n");
        golden.Write("a.txt", "a\r\n");
        golden.Write("sub/b.tla", "b\n");
        var stale = golden.Write("sub/b.received.tla", "old\n");

        Golden.AssertDirectory(actual.Path, golden.Path, accept: false);

        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void Golden_DirectoryReportsChangedMissingAndExtraFiles()
    {
        using var actual = new TempDirectory();
        using var golden = new TempDirectory();
        actual.Write("same.txt", "s\n");
        actual.Write("changed.txt", "new\n");
        actual.Write("sub/added.txt", "added\n");
        golden.Write("same.txt", "s\n");
        golden.Write("changed.txt", "old\n");
        golden.Write("gone.txt", "gone\n");

        var failure = Assert.Throws<FailException>(() => Golden.AssertDirectory(actual.Path, golden.Path, accept: false));

        Assert.Contains("3 file(s) differ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("  changed.txt\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("  sub/added.txt\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("  gone.txt\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("- 1 | old\n+ 1 | new\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("no actual counterpart", failure.Message, StringComparison.Ordinal);
        Assert.Equal("new\n", File.ReadAllText(golden.File("changed.received.txt")));
        Assert.Equal("added\n", File.ReadAllText(golden.File("sub/added.received.txt")));
        Assert.False(File.Exists(golden.File("same.received.txt")));
    }

    [Fact]
    public void Golden_DirectoryAcceptWritesChangedAndMissingButStillReportsExtraFiles()
    {
        using var actual = new TempDirectory();
        using var golden = new TempDirectory();
        actual.Write("changed.txt", "new\n");
        actual.Write("sub/added.txt", "added\n");
        golden.Write("changed.txt", "old\n");
        golden.Write("gone.txt", "gone\n");

        var failure = Assert.Throws<FailException>(() => Golden.AssertDirectory(actual.Path, golden.Path, accept: true));

        Assert.Equal("new\n", File.ReadAllText(golden.File("changed.txt")));
        Assert.Equal("added\n", File.ReadAllText(golden.File("sub/added.txt")));
        Assert.True(File.Exists(golden.File("gone.txt")));
        Assert.Contains("1 file(s) differ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("gone.txt", failure.Message, StringComparison.Ordinal);

        File.Delete(golden.File("gone.txt"));
        Golden.AssertDirectory(actual.Path, golden.Path, accept: false);
    }

    [Fact]
    public void RepoPaths_FindsRepositoryRootAndSharedFolder()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.RepoRoot, RepoPaths.SolutionFileName)));
        Assert.True(Directory.Exists(RepoPaths.TestProjectRoot));
        Assert.True(RepoPaths.SharedRoot is null || Directory.Exists(Path.Combine(RepoPaths.SharedRoot, "conformance")));
    }

    [Fact]
    public void RepoPaths_FindUpwardsReturnsNullWithoutMarker()
    {
        using var temp = new TempDirectory();
        temp.Write("root/marker.txt", string.Empty);
        Directory.CreateDirectory(temp.File("root/a/b"));

        Assert.Equal(temp.File("root"), RepoPaths.FindUpwards(temp.File("root/a/b"), "marker.txt"));
        Assert.Null(RepoPaths.FindUpwards(temp.File("root/a/b"), "no-such-marker-" + Guid.NewGuid().ToString("N")));
    }
}
