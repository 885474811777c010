using System.Text.RegularExpressions;
using ModelCheck.Cli.Commands;
using ModelCheck.Traces;
using Xunit;

namespace ModelCheck.Tests.Replay;

/// <summary>
/// A spec checked with <c>--out DIR --format itf</c>: the exit code, the headline that names what is
/// violated, and the one ITF counterexample file written.
/// </summary>
public sealed partial record WrittenTrace(int ExitCode, string Stdout, string Itf)
{
    /// <summary>The headline of a violated temporal property, as check and replay print it.</summary>
    public string TemporalHeadline => TemporalLine().Match(Stdout) is { Success: true } m ? m.Value : throw new InvalidOperationException($"no temporal violation in:\n{Stdout}");

    /// <summary>The violated property's name, from <see cref="TemporalHeadline"/>.</summary>
    public string TemporalProperty => TemporalLine().Match(Stdout).Groups["name"].Value;

    /// <summary>Checks <paramref name="spec"/> with one worker and writes its counterexample under <paramref name="outDir"/>.</summary>
    public static WrittenTrace Of(string spec, string? config, string outDir)
    {
        var stdout = new StringWriter();
        var code = CheckCommand.Run(new CheckRequest(spec, config, 1, [], false, null, outDir) { Formats = TraceFormats.Itf | TraceFormats.Text }, stdout, new StringWriter());
        var written = Directory.Exists(outDir) ? Directory.GetFiles(outDir, "*.itf.json", SearchOption.AllDirectories) : [];
        Assert.True(written.Length == 1, $"expected one ITF file, found {written.Length}:\n{stdout}");
        return new WrittenTrace(code, stdout.ToString(), written[0]);
    }

    [GeneratedRegex(@"^Error: Temporal property (?<name>\S+) is violated.*$", RegexOptions.Multiline)]
    private static partial Regex TemporalLine();
}
