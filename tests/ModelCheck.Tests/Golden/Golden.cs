using System.Globalization;
using System.Text;

namespace ModelCheck.Tests;

/// <summary>
/// Snapshot ("golden file") assertions, following Verify's conventions by hand (Verify.Xunit cannot be restored here):
/// the expected output is a committed file; on a mismatch the actual output is written beside it as
/// <c>&lt;name&gt;.received.&lt;ext&gt;</c> and the test fails with a compact diff; with <c>MODELCHECK_ACCEPT=1</c> in the
/// environment the golden file is overwritten instead and the test passes.
/// </summary>
/// <remarks>
/// Comparison is byte for byte: golden files must be UTF-8 with <c>\n</c> line ends. A stale received file is deleted
/// whenever its golden file matches, so received files on disk always mean "look at me".
/// </remarks>
internal static class Golden
{
    /// <summary>The environment variable that turns failures into updates of the golden files.</summary>
    public const string AcceptVariable = "MODELCHECK_ACCEPT";

    /// <summary>Most lines shown per side of a difference; the rest are counted, not shown.</summary>
    private const int MaxShownLines = 8;

    /// <summary>Lines of unchanged context shown around a difference.</summary>
    private const int ContextLines = 2;

    /// <summary>Most differing files of a folder comparison shown with a diff; the rest are listed by name.</summary>
    private const int MaxDiffedFiles = 5;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>True when <see cref="AcceptVariable"/> asks to accept the actual output.</summary>
    public static bool AcceptRequested => IsAcceptValue(Environment.GetEnvironmentVariable(AcceptVariable));

    /// <summary>Asserts that <paramref name="actual"/>, with line ends made <c>\n</c>, is the content of <paramref name="goldenPath"/>.</summary>
    /// <param name="actual">The output under test.</param>
    /// <param name="goldenPath">The committed expected output, usually <c>&lt;Test&gt;.verified.txt</c> in the test project's source folder.</param>
    public static void Assert(string actual, string goldenPath) => Assert(actual, goldenPath, AcceptRequested);

    /// <summary>As <see cref="Assert(string, string)"/>, with acceptance given explicitly rather than read from the environment.</summary>
    public static void Assert(string actual, string goldenPath, bool accept)
    {
        var problem = Check(s_utf8.GetBytes(NormalizeLineEnds(actual)), goldenPath, accept);
        if (problem is not null)
        {
            Xunit.Assert.Fail(problem);
        }
    }

    /// <summary>
    /// Asserts that the folder trees <paramref name="actualDir"/> and <paramref name="goldenDir"/> hold the same relative
    /// file names with the same bytes. Each differing file gets a received file beside its golden file (or, when
    /// accepting, is copied over it; missing golden files are created). A golden file with no actual counterpart is
    /// always reported, even when accepting: deleting committed files is left to a person.
    /// </summary>
    /// <param name="actualDir">The output under test.</param>
    /// <param name="goldenDir">The committed expected output; received files in it are ignored.</param>
    public static void AssertDirectory(string actualDir, string goldenDir) => AssertDirectory(actualDir, goldenDir, AcceptRequested);

    /// <summary>As <see cref="AssertDirectory(string, string)"/>, with acceptance given explicitly.</summary>
    public static void AssertDirectory(string actualDir, string goldenDir, bool accept)
    {
        if (!Directory.Exists(actualDir))
        {
            Xunit.Assert.Fail($"actual folder {actualDir} does not exist");
        }

        var actualFiles = RelativeFiles(actualDir);
        var goldenFiles = Directory.Exists(goldenDir) ? RelativeFiles(goldenDir) : [];
        var problems = new List<(string File, string Problem)>();
        foreach (var relative in actualFiles)
        {
            var bytes = File.ReadAllBytes(Path.Combine(actualDir, relative));
            if (Check(bytes, Path.Combine(goldenDir, relative), accept) is { } problem)
            {
                problems.Add((relative, problem));
            }
        }

        foreach (var relative in goldenFiles.Except(actualFiles, StringComparer.Ordinal))
        {
            problems.Add((relative, $"{Path.Combine(goldenDir, relative)}: golden file has no actual counterpart in {actualDir} (delete it if it is obsolete)"));
        }

        if (problems.Count == 0)
        {
            return;
        }

        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{problems.Count} file(s) differ between {actualDir} and {goldenDir}:\n");
        foreach (var (file, _) in problems)
        {
            message.Append("  ").Append(ToDisplayPath(file)).Append('\n');
        }

        foreach (var (_, problem) in problems.Take(MaxDiffedFiles))
        {
            message.Append('\n').Append(problem);
        }

        if (problems.Count > MaxDiffedFiles)
        {
            message.Append(CultureInfo.InvariantCulture, $"\n(diffs of {problems.Count - MaxDiffedFiles} more file(s) not shown)\n");
        }

        Xunit.Assert.Fail(message.ToString());
    }

    /// <summary>
    /// Where the received file for <paramref name="goldenPath"/> goes: <c>Foo.verified.txt</c> gives <c>Foo.received.txt</c>,
    /// <c>Foo.txt</c> gives <c>Foo.received.txt</c>, and <c>Foo</c> gives <c>Foo.received</c>.
    /// </summary>
    public static string ReceivedPath(string goldenPath)
    {
        var directory = Path.GetDirectoryName(goldenPath) ?? string.Empty;
        var name = Path.GetFileName(goldenPath);
        const string Verified = ".verified";
        var marker = name.LastIndexOf(Verified + ".", StringComparison.Ordinal);
        string received;
        if (marker >= 0)
        {
            received = string.Concat(name.AsSpan(0, marker), ".received", name.AsSpan(marker + Verified.Length));
        }
        else if (name.EndsWith(Verified, StringComparison.Ordinal))
        {
            received = name[..^Verified.Length] + ".received";
        }
        else
        {
            var extension = Path.GetExtension(name);
            received = Path.GetFileNameWithoutExtension(name) + ".received" + extension;
        }

        return Path.Combine(directory, received);
    }

    /// <summary>True for the names of received files, which folder comparisons skip.</summary>
    public static bool IsReceivedFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Contains(".received.", StringComparison.Ordinal) || name.EndsWith(".received", StringComparison.Ordinal);
    }

    /// <summary>How the value of <see cref="AcceptVariable"/> is read: <c>1</c> or <c>true</c> accept.</summary>
    public static bool IsAcceptValue(string? value) =>
        value is not null && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Makes every line end <c>\n</c> (from <c>\r\n</c> or a lone <c>\r</c>).</summary>
    public static string NormalizeLineEnds(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Compares one file; null when it matches or was accepted, else the failure message.</summary>
    private static string? Check(byte[] actual, string goldenPath, bool accept)
    {
        var received = ReceivedPath(goldenPath);
        var expected = File.Exists(goldenPath) ? File.ReadAllBytes(goldenPath) : null;
        if (expected is not null && expected.AsSpan().SequenceEqual(actual))
        {
            DeleteIfExists(received);
            return null;
        }

        if (accept)
        {
            WriteFile(goldenPath, actual);
            DeleteIfExists(received);
            return null;
        }

        WriteFile(received, actual);
        var howToAccept = $"  received: {received}\n  to accept: rerun with {AcceptVariable}=1, or move the received file over the golden file\n";
        if (expected is null)
        {
            return $"{goldenPath}: golden file does not exist\n{howToAccept}";
        }

        return $"{goldenPath}: differs from the actual output\n{howToAccept}{Describe(expected, actual)}";
    }

    /// <summary>A compact diff: the first region that differs, with line numbers and a little context.</summary>
    private static string Describe(byte[] expectedBytes, byte[] actualBytes)
    {
        if (expectedBytes.Contains((byte)0) || actualBytes.Contains((byte)0))
        {
            var at = expectedBytes.AsSpan().CommonPrefixLength(actualBytes);
            return $"  binary content differs at byte {at} (golden {expectedBytes.Length} bytes, actual {actualBytes.Length} bytes)\n";
        }

        var expectedText = s_utf8.GetString(expectedBytes);
        var actualText = s_utf8.GetString(actualBytes);
        if (expectedText.Contains('\r', StringComparison.Ordinal) && NormalizeLineEnds(expectedText) == actualText)
        {
            return "  the golden file has \\r\\n line ends; golden files must use \\n (check .gitattributes / core.autocrlf)\n";
        }

        if (expectedText.TrimEnd('\n') == actualText.TrimEnd('\n'))
        {
            return $"  only the line ends at the end of the file differ (golden ends with {CountTrailing(expectedText)} '\\n', actual with {CountTrailing(actualText)})\n";
        }

        var expected = expectedText.Split('\n');
        var actual = actualText.Split('\n');
        var prefix = 0;
        while (prefix < expected.Length && prefix < actual.Length && expected[prefix] == actual[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < expected.Length - prefix && suffix < actual.Length - prefix
            && expected[^(suffix + 1)] == actual[^(suffix + 1)])
        {
            suffix++;
        }

        var expectedEnd = expected.Length - suffix;
        var actualEnd = actual.Length - suffix;
        var width = Math.Max(expected.Length, actual.Length).ToString(CultureInfo.InvariantCulture).Length;
        var diff = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"@@ golden lines {prefix + 1}-{expectedEnd}, actual lines {prefix + 1}-{actualEnd} @@\n");
        for (var i = Math.Max(0, prefix - ContextLines); i < prefix; i++)
        {
            AppendLine(diff, ' ', i, expected[i], width);
        }

        AppendSide(diff, '-', expected, prefix, expectedEnd, width);
        AppendSide(diff, '+', actual, prefix, actualEnd, width);
        for (var i = expectedEnd; i < Math.Min(expected.Length, expectedEnd + ContextLines); i++)
        {
            AppendLine(diff, ' ', i, expected[i], width);
        }

        return diff.ToString();
    }

    private static void AppendSide(StringBuilder diff, char sign, string[] lines, int start, int end, int width)
    {
        for (var i = start; i < Math.Min(end, start + MaxShownLines); i++)
        {
            AppendLine(diff, sign, i, lines[i], width);
        }

        if (end - start > MaxShownLines)
        {
            diff.Append(sign).Append(CultureInfo.InvariantCulture, $" ... {end - start - MaxShownLines} more line(s)\n");
        }
    }

    private static void AppendLine(StringBuilder diff, char sign, int index, string line, int width) =>
        diff.Append(sign).Append(' ').Append((index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(" | ").Append(line).Append('\n');

    private static int CountTrailing(string text) => text.Length - text.TrimEnd('\n').Length;

    private static List<string> RelativeFiles(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => !IsReceivedFile(path))
            .Select(path => Path.GetRelativePath(root, path))
            .Order(StringComparer.Ordinal)];

    private static string ToDisplayPath(string relative) => relative.Replace(Path.DirectorySeparatorChar, '/');

    private static void WriteFile(string path, byte[] content)
    {
        if (Path.GetDirectoryName(path) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(path, content);
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
