using ModelCheck.Cli.Commands;
using Xunit;

namespace ModelCheck.Tests.Cli;

/// <summary>The check command's exit codes, diagnostics, report and files, on small inline specs.</summary>
public sealed class CheckCommandTests
{
    private const string Counter = """
        ---- MODULE Counter ----
        EXTENDS Naturals
        CONSTANT Limit
        VARIABLE x
        Init == x = 0
        Next == x < Limit /\ x' = x + 1
        Small == x < 3
        ====
        """;

    [Fact]
    public void Check_ReportsSyntaxErrorWithLocationAndCaret()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Bad.tla", "---- MODULE Bad ----\nVARIABLE x\nInit == x = (1 + \n====\n");
        Write(dir, "Bad.cfg", "INIT Init\nNEXT Init\n");

        var run = CliRun.Check(spec);

        Assert.Equal(150, run.ExitCode);
        Assert.Contains("Bad.tla:4:1: error TLA02", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("^", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.Equal("error", run.Result);
    }

    [Fact]
    public void Check_ReportsUnknownNameAsSpecError()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "U.tla", "---- MODULE U ----\nVARIABLE x\nInit == x = Undefined\nNext == x' = x\n====\n");
        Write(dir, "U.cfg", "INIT Init\nNEXT Next\n");

        var run = CliRun.Check(spec);

        Assert.Equal(150, run.ExitCode);
        Assert.Contains("U.tla:3:13: error TLA0304: unknown name Undefined", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReportsUnknownInvariantInConfigWithItsLocation()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter);
        Write(dir, "Counter.cfg", "CONSTANT Limit = 5\nINIT Init\nNEXT Next\nINVARIANT Missing\n");

        var run = CliRun.Check(spec);

        Assert.Equal(151, run.ExitCode);
        Assert.Contains("Counter.cfg:4:11: error CFG0305", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReportsMissingConfigurationFile()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter);

        var run = CliRun.Check(spec);

        Assert.Equal(151, run.ExitCode);
        Assert.Contains("cannot read the configuration", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReportsUnassignedConstant()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter);
        Write(dir, "Counter.cfg", "INIT Init\nNEXT Next\n");

        var run = CliRun.Check(spec);

        Assert.Equal(151, run.ExitCode);
        Assert.Contains("Limit is not assigned a value", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CountsEveryBranchOfAForAllInAnActionForEachElement()
    {
        // As TLC enumerates it: each \E in a \A's body branches once per witness, for every element,
        // so each state has 6 * 6 ways to its one successor. The tuple-bound \A restores two names.
        using var dir = new TempDirectory();
        var spec = Write(dir, "ForAll.tla", """
            ---- MODULE ForAll ----
            EXTENDS Naturals
            VARIABLES x, y
            Init == x = 0 /\ y = 0
            Next == /\ x < 2
                    /\ \A <<a, b>> \in {<<1, 1>>, <<2, 2>>} : \E j \in {1, 2, 3} : j >= a + b - a
                    /\ \A i \in {1, 2} : \E j \in {1, 2, 3} : j >= i
                    /\ x' = x + 1
                    /\ y' = y
            ====
            """);
        Write(dir, "ForAll.cfg", "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");

        foreach (var workers in (int[])[1, 2])
        {
            var run = CliRun.Check(spec, workers: workers);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(3, run.Number("distinctStates"));
            Assert.Equal(1 + (2 * 36), run.Number("totalStates"));
        }
    }

    [Fact]
    public void Check_ConstOptionOverridesTheConfiguration()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter);
        Write(dir, "Counter.cfg", "CONSTANT Limit = 5\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");

        var run = CliRun.Check(spec, constants: ["Limit=2"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Number("distinctStates"));
    }

    [Fact]
    public void Check_WritesReportAndCounterexampleFile()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter);
        Write(dir, "Counter.cfg", "CONSTANT Limit = 5\nINIT Init\nNEXT Next\nINVARIANT Small\n");
        var outDir = Path.Combine(dir.Path, "out");

        var run = CliRun.Check(spec, outDir: outDir);

        Assert.Equal(12, run.ExitCode);
        Assert.Equal("safety failure", run.Result);
        Assert.Equal(4, run.TraceLength);
        Assert.Equal("Small", run.Report.GetProperty("violation").GetProperty("property").GetString());
        var trace = File.ReadAllText(Path.Combine(outDir, "Counter", "Small.txt"));
        Assert.StartsWith("Error: Invariant Small is violated.\n", trace, StringComparison.Ordinal);
        Assert.Contains("State 4: <Next>\n/\\ x = 3  \\* changed\n", trace, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Check_DeadlockIsReportedUnlessDisabled()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter);
        Write(dir, "Counter.cfg", "CONSTANT Limit = 2\nINIT Init\nNEXT Next\n");

        var withDeadlock = CliRun.Check(spec);
        var without = CliRun.Check(spec, noDeadlock: true);

        Assert.Equal(11, withDeadlock.ExitCode);
        Assert.Equal(3, withDeadlock.TraceLength);
        Assert.Equal(0, without.ExitCode);
    }

    [Fact]
    public void Check_RuntimeErrorIsReportedWithTheTraceThatReachedIt()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "E.tla", """
            ---- MODULE E ----
            EXTENDS Naturals
            VARIABLE x
            Init == x = 0
            Next == x' = CHOOSE y \in 0..x : y > x + 1
            ====
            """);
        Write(dir, "E.cfg", "INIT Init\nNEXT Next\n");

        var run = CliRun.Check(spec);

        Assert.Equal(75, run.ExitCode);
        Assert.Contains("E.tla:5:14: error TLC0075: CHOOSE found no element", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("State 1: <Initial predicate>", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FailedAssertExitsWith14AndReportsItsMessageAsWritten()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "A.tla", """
            ---- MODULE A ----
            EXTENDS Naturals, TLC
            VARIABLE x
            Init == x = 0
            Next == x < 3 /\ Assert(x < 2, "x' > 'limit' & <<x>> got too big") /\ x' = x + 1
            ====
            """);
        Write(dir, "A.cfg", "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");

        var run = CliRun.Check(spec);

        Assert.Equal(14, run.ExitCode);
        Assert.Contains("x' > 'limit' & <<x>> got too big", run.Stdout, StringComparison.Ordinal);

        // The report keeps the TLA+ text as written, with no \u0027 for a prime.
        Assert.Contains("x' > 'limit' & <<x>> got too big", run.ReportText, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FalseAssumptionExitsWith10()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "S.tla", "---- MODULE S ----\nEXTENDS Naturals\nASSUME 1 + 1 = 3\n====\n");
        Write(dir, "S.cfg", string.Empty);

        var run = CliRun.Check(spec);

        Assert.Equal(10, run.ExitCode);
        Assert.Equal("assumption failure", run.Result);
    }

    [Fact]
    public void Check_IncompleteSuccessorIsAnError()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "I.tla", "---- MODULE I ----\nVARIABLES x, y\nInit == x = 0 /\\ y = 0\nNext == x' = 1\n====\n");
        Write(dir, "I.cfg", "INIT Init\nNEXT Next\n");

        var run = CliRun.Check(spec);

        Assert.Equal(75, run.ExitCode);
        Assert.Contains("gives no value to y", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MaxStatesStopsAndStillReports()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter);
        Write(dir, "Counter.cfg", "CONSTANT Limit = 1000\nINIT Init\nNEXT Next\n");
        var stdout = new StringWriter();
        var report = Path.Combine(dir.Path, "r.json");

        var code = CheckCommand.Run(new CheckRequest(spec, null, 1, [], false, report, null, MaxStates: 10), stdout, new StringWriter());

        Assert.Equal(153, code);
        Assert.Contains("states left on queue", stdout.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(report));
    }

    [Theory]
    [InlineData("VIEW Small", "VIEW")]
    [InlineData("POSTCONDITION Small", "POSTCONDITION")]
    public void Check_RefusesConfigSectionsThatWouldChangeTheResults(string line, string section)
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter);
        Write(dir, "Counter.cfg", $"CONSTANT Limit = 5\nINIT Init\nNEXT Next\n{line}\n");

        var run = CliRun.Check(spec);

        Assert.Equal(151, run.ExitCode);
        Assert.Contains($"Counter.cfg:4:{section.Length + 2}: error CFG0310: {section} is not supported yet", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WarnsOfValuesForUndeclaredNamesAndGoesOnAsTlcDoes()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter);
        Write(dir, "Counter.cfg", "CONSTANT Limit = 5\nCONSTANT p1 = p1\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");

        var run = CliRun.Check(spec);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Counter.cfg:2:10: warning CFG0203: the configuration assigns p1, which the spec does not declare; ignored, as TLC does", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(6, run.Number("distinctStates"));
    }

    [Fact]
    public void Check_WarnsOfAnAliasWithPrimedVariablesAndShowsTheVariables()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter.Replace("====", "Moves == [dx |-> x' - x]\n====", StringComparison.Ordinal));
        Write(dir, "Counter.cfg", "CONSTANT Limit = 5\nINIT Init\nNEXT Next\nINVARIANT Small\nALIAS Moves\n");

        var run = CliRun.Check(spec);

        Assert.Equal(12, run.ExitCode);
        Assert.Contains("Counter.cfg:5:7: warning CFG0316: ALIAS Moves uses primed variables", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("/\\ x = 3", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WarnsOfAnAliasThatIsNotARecordAndShowsTheVariables()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter.Replace("====", "Doubled == 2 * x\n====", StringComparison.Ordinal));
        Write(dir, "Counter.cfg", "CONSTANT Limit = 5\nINIT Init\nNEXT Next\nINVARIANT Small\nALIAS Doubled\n");

        var run = CliRun.Check(spec);

        Assert.Equal(12, run.ExitCode);
        Assert.Contains("warning: ALIAS Doubled must be a record, but it is 0", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("/\\ x = 3", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithStatsUnderSymmetryNamesTheGroupOrder()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Flags.tla", """
            ---- MODULE Flags ----
            EXTENDS TLC
            CONSTANT Procs
            VARIABLE up
            Init == up = [p \in Procs |-> FALSE]
            Next == \E p \in Procs : ~up[p] /\ up' = [up EXCEPT ![p] = TRUE]
            Perms == Permutations(Procs)
            ====
            """);
        Write(dir, "Flags.cfg", "CONSTANT Procs = {p1, p2, p3}\nINIT Init\nNEXT Next\nSYMMETRY Perms\nCHECK_DEADLOCK FALSE\n");
        var stdout = new StringWriter();

        var code = CheckCommand.Run(new CheckRequest(spec, null, 1, [], NoDeadlock: false, Report: null, OutDir: null) { Stats = true }, stdout, new StringWriter());

        Assert.Equal(0, code);
        Assert.Contains("4 distinct states found", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("Symmetry: one state stored per orbit of a group of 6 permutations.", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RefusesAConstOptionForANameTheSpecDoesNotDeclare()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Counter.tla", Counter);
        Write(dir, "Counter.cfg", "CONSTANT Limit = 5\nINIT Init\nNEXT Next\n");

        var run = CliRun.Check(spec, constants: ["Limt=2"]);

        Assert.Equal(151, run.ExitCode);
        Assert.Contains("error CFG0203: --const assigns Limt, which the spec does not declare", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnderSymmetryReportsAnInfiniteSetOfModelValuesInAState()
    {
        using var dir = new TempDirectory();
        var spec = Write(dir, "Seqs.tla", """
            ---- MODULE Seqs ----
            EXTENDS Sequences, TLC
            CONSTANT Procs
            VARIABLE s
            Init == s = Seq(Procs)
            Next == UNCHANGED s
            Perms == Permutations(Procs)
            ====
            """);
        Write(dir, "Seqs.cfg", "CONSTANT Procs = {p1, p2}\nINIT Init\nNEXT Next\nSYMMETRY Perms\n");

        var run = CliRun.Check(spec);

        Assert.Equal(75, run.ExitCode);
        Assert.Contains("SYMMETRY cannot permute the model values of the infinite set Seq({p1, p2})", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr + run.Stdout, StringComparison.Ordinal);
    }

    private static string Write(TempDirectory dir, string name, string text)
    {
        var path = Path.Combine(dir.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}
