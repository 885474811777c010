using ModelCheck.Tests.DnsRace;
using Xunit;

namespace ModelCheck.Tests.Replay;

/// <summary>
/// The round trip on the flagship: every committed DnsRace counterexample of an invariant, read back
/// from its ITF file and replayed against its variant, is a behaviour of the spec that violates it.
/// </summary>
public sealed class DnsRaceReplayTests
{
    public static IEnumerable<object[]> CommittedInvariantTraces()
    {
        var root = Path.Combine(RepoPaths.RepoRoot, "counterexamples", "dynamodb-dns");
        foreach (var file in Directory.GetFiles(root, "*.itf.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var property = Path.GetFileName(file)[..^".itf.json".Length];
            if (property is "EndpointNeverEmpty" or "NoStaleOverwrite" or "TypeOK")
            {
                yield return [Path.GetFileName(Path.GetDirectoryName(file)!), property];
            }
        }
    }

    [Theory]
    [MemberData(nameof(CommittedInvariantTraces))]
    public void CommittedItf_ReplaysAsAViolation(string variant, string invariant)
    {
        var itf = Path.Combine(RepoPaths.RepoRoot, "counterexamples", "dynamodb-dns", variant, invariant + ".itf.json");
        using var temp = new TempDirectory();
        var config = temp.Write($"{variant}.cfg", OnlyInvariant(File.ReadAllText(DnsRacePaths.Config(variant)), invariant));

        var run = ReplayRun.Of(itf, DnsRacePaths.Spec, config);

        Assert.True(run.ExitCode == 12, run.ToString());
        Assert.Contains($"Invariant {invariant} is violated", run.Stdout, StringComparison.Ordinal);
    }

    private static string OnlyInvariant(string config, string invariant)
    {
        // The variant's constants, with the one invariant under test and no temporal properties.
        var kept = config.Split('\n').TakeWhile(l => !l.StartsWith("INVARIANT", StringComparison.Ordinal) && !l.StartsWith("PROPERT", StringComparison.Ordinal));
        return string.Join('\n', kept) + $"\nINVARIANT {invariant}\nCHECK_DEADLOCK FALSE\n";
    }
}
