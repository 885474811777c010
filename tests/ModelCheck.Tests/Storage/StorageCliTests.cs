using System.Text.Json;
using ModelCheck.Cli.Commands;
using Xunit;

namespace ModelCheck.Tests.Storage;

/// <summary><c>check --stats</c> and <c>--fingerprints</c> end to end, on a small Grid.</summary>
public sealed class StorageCliTests
{
    private const string Grid = """
        ---- MODULE Grid ----
        EXTENDS Naturals
        CONSTANTS N, K
        VARIABLE x
        Init == x = [i \in 1..N |-> 0]
        Next == \E i \in 1..N : x' = [x EXCEPT ![i] = (@ + 1) % K]
        Spec == Init /\ [][Next]_x
        TypeOK == \A i \in 1..N : x[i] \in 0..(K-1)
        ====
        """;

    private const string GridConfig = "CONSTANTS N = 3 K = 9\nSPECIFICATION Spec\nINVARIANT TypeOK\n";

    [Fact]
    public void StatsPrintBytesPerStateAndPeakMemory()
    {
        using var temp = new TempDirectory();
        var (code, stdout, report) = Check(temp, workers: 1, stats: true, fingerprints: false);

        Assert.Equal(0, code);
        Assert.Contains("729 distinct states found", stdout, StringComparison.Ordinal);
        Assert.Contains("exact; a state packs into 12 bits.", stdout, StringComparison.Ordinal);
        Assert.Contains("slots: x: 3 slots.", stdout, StringComparison.Ordinal);
        Assert.Contains("Trace links: 4 bytes per distinct state", stdout, StringComparison.Ordinal);
        Assert.NotNull(ModelCheck.Cli.Bench.StatsLines.ParsePeak(stdout));
        Assert.DoesNotContain("fingerprint", stdout, StringComparison.Ordinal);
        Assert.True(report.GetProperty("bytesPerState").GetDouble() > 0);
        Assert.Equal(4, report.GetProperty("traceLinkBytesPerState").GetInt32());
    }

    [Fact]
    public void FingerprintsGiveTheSameResultsAndPrintTheCollisionEstimate()
    {
        using var temp = new TempDirectory();
        var exact = Check(temp, workers: 1, stats: false, fingerprints: false);
        var hashed = Check(temp, workers: 2, stats: false, fingerprints: true);

        Assert.Equal(exact.Code, hashed.Code);
        Assert.Contains("calculated (optimistic):  val = ", hashed.Stdout, StringComparison.Ordinal);
        Assert.Equal(Counts(exact.Stdout), Counts(hashed.Stdout));
        Assert.Equal(exact.Report.GetProperty("distinctStates").GetInt64(), hashed.Report.GetProperty("distinctStates").GetInt64());
    }

    [Fact]
    public void OneAndTwoWorkersReportTheSameBytesPerState()
    {
        using var temp = new TempDirectory();
        var one = Check(temp, workers: 1, stats: false, fingerprints: false);
        var two = Check(temp, workers: 2, stats: false, fingerprints: false);
        Assert.Equal(one.Report.GetProperty("bytesPerState").GetDouble(), two.Report.GetProperty("bytesPerState").GetDouble());
    }

    [Fact]
    public void ARunStoppedByADeadlockReportsTheSameLayoutForOneAndTwoWorkers()
    {
        // x = 100 deadlocks in the first chunk of the first level; the later chunks reach values of x
        // never seen before, which need one more bit. Several workers expand the whole level before
        // the merge meets the deadlock; one worker must end with the same field widths.
        const string spec = """
            ---- MODULE LateValues ----
            EXTENDS Naturals
            VARIABLES x, y
            Init == x \in 1..1500 /\ y = 0
            Next == x # 100 /\ y = 0 /\ x' = x + 1000 /\ y' = 1
            ====
            """;
        using var temp = new TempDirectory();
        var path = temp.Write("LateValues.tla", spec);
        temp.Write("LateValues.cfg", "INIT Init\nNEXT Next\n");
        var runs = new List<(int Code, string Stdout, string Report)>();
        foreach (var workers in (int[])[1, 2])
        {
            var reportPath = temp.File($"late-{workers}.json");
            var stdout = new StringWriter();
            var code = CheckCommand.Run(new CheckRequest(path, null, workers, [], false, reportPath, null) { Stats = true }, stdout, new StringWriter());
            using var doc = JsonDocument.Parse(File.ReadAllText(reportPath));
            var report = string.Join("\n", doc.RootElement.EnumerateObject().Where(p => p.Name is not ("workers" or "elapsedSeconds")).Select(p => $"{p.Name}={p.Value.GetRawText()}"));
            runs.Add((code, stdout.ToString(), report));
        }

        Assert.Equal(11, runs[0].Code);
        Assert.Equal(runs[0].Report, runs[1].Report);
        Assert.Equal(PackedBits(runs[0].Stdout), PackedBits(runs[1].Stdout));
        Assert.Contains("packs into 13 bits", runs[0].Stdout, StringComparison.Ordinal);
    }

    private static string PackedBits(string stdout) => stdout.Split('\n').Single(l => l.Contains("packs into", StringComparison.Ordinal));

    private static string Counts(string stdout) => string.Join("\n", stdout.Split('\n').Where(l => l.Contains("states generated", StringComparison.Ordinal) || l.Contains("depth", StringComparison.Ordinal)));

    private static (int Code, string Stdout, JsonElement Report) Check(TempDirectory temp, int workers, bool stats, bool fingerprints)
    {
        var spec = temp.Write("Grid.tla", Grid);
        temp.Write("Grid.cfg", GridConfig);
        var reportPath = temp.File($"report-{workers}-{stats}-{fingerprints}.json");
        var stdout = new StringWriter();
        var code = CheckCommand.Run(new CheckRequest(spec, null, workers, [], false, reportPath, null) { Stats = stats, Fingerprints = fingerprints }, stdout, new StringWriter());
        using var doc = JsonDocument.Parse(File.ReadAllText(reportPath));
        return (code, stdout.ToString(), doc.RootElement.Clone());
    }
}
