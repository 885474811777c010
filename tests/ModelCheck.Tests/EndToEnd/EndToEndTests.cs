using ModelCheck.Tests.Cli;
using Xunit;

namespace ModelCheck.Tests.EndToEnd;

/// <summary>
/// Cases discovered from folders under EndToEnd/Cases: each folder holds one spec and any number of
/// configurations; each configuration's output (verdict, counts and counterexample) is compared
/// with its committed <c>&lt;Config&gt;.verified.txt</c>, for one worker and for two.
/// </summary>
public sealed class EndToEndTests
{
    private static string CasesRoot => Path.Combine(RepoPaths.TestProjectRoot, "EndToEnd", "Cases");

    public static IEnumerable<object[]> Cases()
    {
        foreach (var folder in Directory.GetDirectories(CasesRoot).Order(StringComparer.Ordinal))
        {
            foreach (var config in Directory.GetFiles(folder, "*.cfg").Order(StringComparer.Ordinal))
            {
                yield return [$"{Path.GetFileName(folder)}/{Path.GetFileNameWithoutExtension(config)}"];
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_MatchesItsVerifiedOutput(string name)
    {
        var folder = Path.Combine(CasesRoot, name.Split('/')[0]);
        var configName = name.Split('/')[1];
        var spec = Path.Combine(folder, Path.GetFileName(folder) + ".tla");
        var config = Path.Combine(folder, configName + ".cfg");

        var one = CliRun.Check(spec, config, workers: 1);
        var two = CliRun.Check(spec, config, workers: 2);

        Golden.Assert($"exit code: {one.ExitCode}\n{one.StdoutAfterHeader}", Path.Combine(folder, configName + ".verified.txt"));
        Assert.Equal(one.StdoutAfterHeader, two.StdoutAfterHeader);
        Assert.Equal(one.ExitCode, two.ExitCode);
    }
}
