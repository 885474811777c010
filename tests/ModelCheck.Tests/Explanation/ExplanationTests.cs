using ModelCheck.Tests.Cli;
using Xunit;

namespace ModelCheck.Tests.Explanation;

/// <summary>Under a safety counterexample, "Why:" names the false conjunct and the values it compares.</summary>
public sealed class ExplanationTests
{
    private const string Endpoint = """
        ---- MODULE Endpoint ----
        EXTENDS Naturals
        VARIABLES active, plans
        Init == active = 0 /\ plans = {}
        Make == \E g \in 1..5 : g \notin plans /\ plans' = plans \cup {g} /\ UNCHANGED active
        Activate == \E g \in plans : active' = g /\ UNCHANGED plans
        Clean == \E g \in plans : plans' = plans \ {g} /\ UNCHANGED active
        Next == Make \/ Activate \/ Clean
        TypeOK == /\ active \in 0..5
                  /\ plans \subseteq 1..5
        EndpointNeverEmpty == active # 0 => active \in plans
        Inv == TypeOK /\ EndpointNeverEmpty
        ====
        """;

    private const string Procs = """
        ---- MODULE Procs ----
        EXTENDS Naturals
        CONSTANT Procs
        VARIABLES c, x
        vars == <<c, x>>
        Init == c = [p \in Procs |-> 0] /\ x = 0
        Step(p) == c[p] < 2 /\ c' = [c EXCEPT ![p] = c[p] + 1] /\ x' = x + 1
        Reset == x > 2 /\ x' = 0 /\ UNCHANGED c
        Next == (\E p \in Procs : Step(p)) \/ Reset
        Spec == Init /\ [][Next]_vars
        Below(p, n) == c[p] < n
        AllSmall == \A p \in Procs : Below(p, 2)
        TypeOK == /\ x \in Nat
                  /\ \A p \in Procs : /\ c[p] \in 0..3
                                      /\ c[p] <= 1
        Growing == [][x' > x /\ x' - x = 1]_x
        ====
        """;

    [Fact]
    public void Invariant_NamesTheFalsePartOfAnImplication_WithTheValuesCompared()
    {
        var run = Check("Endpoint", Endpoint, "INIT Init\nNEXT Next\nINVARIANT EndpointNeverEmpty\nCHECK_DEADLOCK FALSE\n");

        Assert.Equal(12, run.ExitCode);
        Assert.Contains("\nWhy: EndpointNeverEmpty is false: active \\in plans\n  given active # 0\n  active = 1\n  plans = {}\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Invariant_UnfoldsDefinitionsAndNumbersTheConjunct()
    {
        var run = Check("Endpoint", Endpoint, "INIT Init\nNEXT Next\nINVARIANT Inv\nCHECK_DEADLOCK FALSE\n");

        Assert.Contains("\nWhy: EndpointNeverEmpty is false: active \\in plans\n  given active # 0\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Invariant_ForAll_NamesTheFirstFalseInstance_AndBindsOperatorParameters()
    {
        var run = Check("Procs", Procs, "CONSTANT Procs = {p1, p2}\nSPECIFICATION Spec\nINVARIANT AllSmall\nCHECK_DEADLOCK FALSE\n");

        Assert.Contains("\nWhy: Below is false: c[p] < n\n  for p = p1\n  with n = 2\n  c[p] = 2\n  n = 2\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Invariant_ConjunctInsideForAll()
    {
        var run = Check("Procs", Procs, "CONSTANT Procs = {p1, p2}\nSPECIFICATION Spec\nINVARIANT TypeOK\nCHECK_DEADLOCK FALSE\n");

        Assert.Contains("\nWhy: conjunct 2 of TypeOK is false: c[p] <= 1\n  for p = p1\n  c[p] = 2\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionProperty_NamesTheFalseConjunctOfTheLastStep()
    {
        var run = Check("Procs", Procs, "CONSTANT Procs = {p1, p2}\nSPECIFICATION Spec\nPROPERTY Growing\nCHECK_DEADLOCK FALSE\n");

        Assert.Equal(12, run.ExitCode);
        Assert.Contains("\nWhy: conjunct 1 of Growing is false on the last step: x' > x\n  x' = 0\n  x = 3\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_GoesIntoTheTextFile_AfterTheTrace()
    {
        using var dir = new TempDirectory();
        var spec = dir.Write("Endpoint.tla", Endpoint);
        var config = dir.Write("Endpoint.cfg", "INIT Init\nNEXT Next\nINVARIANT EndpointNeverEmpty\nCHECK_DEADLOCK FALSE\n");
        var outDir = dir.File("out");

        var run = CliRun.Check(spec, config, workers: 1, outDir: outDir);

        var file = File.ReadAllText(Path.Combine(outDir, "Endpoint", "EndpointNeverEmpty.txt"));
        Assert.EndsWith("\n\nWhy: EndpointNeverEmpty is false: active \\in plans\n  given active # 0\n  active = 1\n  plans = {}\n", file, StringComparison.Ordinal);
        Assert.Contains(file, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlock_HasNoExplanation()
    {
        var run = Check("Endpoint", "---- MODULE Endpoint ----\nVARIABLE x\nInit == x = 0\nNext == x = 0 /\\ x' = 1\n====\n", "INIT Init\nNEXT Next\n");

        Assert.Equal(11, run.ExitCode);
        Assert.DoesNotContain("Why:", run.Stdout, StringComparison.Ordinal);
    }

    private static CliRun Check(string name, string spec, string config)
    {
        using var dir = new TempDirectory();
        var specPath = dir.Write(name + ".tla", spec);
        var configPath = dir.Write(name + ".cfg", config);
        var one = CliRun.Check(specPath, configPath, workers: 1);
        var two = CliRun.Check(specPath, configPath, workers: 2);
        Assert.Equal(one.StdoutAfterHeader, two.StdoutAfterHeader);
        return one;
    }
}
