using ModelCheck.Tests.Cli;
using Xunit;

namespace ModelCheck.Tests.Evaluation;

/// <summary>
/// Errors raised inside values (enumerating an infinite set to compare it, building a function
/// defined by a rule) are reported with their message at the expression that needed them, and the
/// fast paths (one element added to a set, several fields changed at once) report the same as the
/// general operators.
/// </summary>
public sealed class ErrorLocationTests
{
    [Theory]
    // Comparing Nat with STRING enumerates Nat (TLC compares Nat with Int only); the error belongs to
    // the union, not to the whole step.
    [InlineData("x = 0", "x' = IF {Nat} \\cup {STRING} = {} THEN 1 ELSE 2", "M.tla:8:17: error TLC0075: cannot enumerate the infinite set Nat")]
    // With {e} first and one element in S, the union compares e with that element: Nat is enumerated first.
    [InlineData("x = {STRING}", "x' = IF {Nat} \\cup x = {} THEN x ELSE x", "M.tla:8:17: error TLC0075: cannot enumerate the infinite set Nat")]
    [InlineData("x = {STRING, 1}", "x' = IF {Nat} \\cup x = {} THEN x ELSE x", "M.tla:8:17: error TLC0075: cannot enumerate the infinite set")]
    // A function defined by a rule is built when it is changed, before the next field's new value is
    // evaluated, and a failure is reported at the EXCEPT (it used to be at the configuration's NEXT).
    [InlineData("x = 0", "x' = IF [<<g, x>> EXCEPT ![1].a = 1, ![1].b = CHOOSE y \\in {} : TRUE] = <<>> THEN 1 ELSE 2", "M.tla:8:17: error TLC0075: cannot enumerate the infinite set STRING")]
    [InlineData("x = 0", "x' = IF [g EXCEPT ![\"a\"] = 1] = <<>> THEN 1 ELSE 2", "M.tla:8:17: error TLC0075: cannot enumerate the infinite set STRING")]
    // Sorting a set's elements compares them: the error belongs to the set, not to the whole step.
    [InlineData("x = 0", "x' = IF {Nat, STRING} = {} THEN 1 ELSE 2", "M.tla:8:17: error TLC0075: cannot enumerate the infinite set")]
    [InlineData("x = 0", "x' = IF {IF n = 1 THEN Nat ELSE STRING : n \\in {1, 2}} = {} THEN 1 ELSE 2", "M.tla:8:17: error TLC0075: cannot enumerate the infinite set")]
    // Comparing functions defined by a rule builds them, and a failing rule is a TLA+ error, not an internal one.
    [InlineData("x = 0", "x' = IF {h, k} = {} THEN 1 ELSE 2", "M.tla:5:32: error TLC0075: CHOOSE found no element")]
    [InlineData("x = 0", "x' = IF x \\in {h, k} THEN 1 ELSE 2", "M.tla:5:32: error TLC0075: CHOOSE found no element")]
    // Membership in a set enumeration or a function set is tested without building the set, with the same errors.
    [InlineData("x = 0", "x' = IF x \\in {x, {Nat}, {STRING}} THEN 1 ELSE 2", "M.tla:8:23: error TLC0075: cannot enumerate the infinite set")]
    [InlineData("x = 0", "x' = IF <<1>> \\in [Nat -> 0..x] THEN 1 ELSE 2", "M.tla:8:17: error TLC0075: cannot enumerate the infinite set Nat")]
    // TLC stops when asked whether a non-integer is in a non-empty interval, also once the guard runs as emitted code.
    [InlineData("x = 0", "x \\in 0..1000 /\\ x' = IF x < 300 THEN x + 1 ELSE \"s\"", "M.tla:8:9: error TLC0075: attempted to check if the value \"s\" is in the integer interval 0..1000")]
    [InlineData("x = 0", "x \\in Nat /\\ x' = IF x < 300 THEN x + 1 ELSE \"s\"", "M.tla:8:9: error TLC0075: attempted to check if the value \"s\" is an element of Nat")]
    [InlineData("x = 0", "x' = \"s\" /\\ x' \\in 0..3", "M.tla:8:21: error TLC0075: attempted to check if the value \"s\" is in the integer interval 0..3")]
    [InlineData("x = 0", "x' = IF h.a = 1 THEN 1 ELSE 2", "M.tla:8:17: error TLC0075: attempted to check if the value \"a\" is in the integer interval 0..2")]
    public void Errors_AreReportedAtTheExpressionWithTheGeneralOperatorsMessage(string init, string next, string expected)
    {
        using var dir = new TempDirectory();
        var spec = WriteSpec(dir, $$"""
            ---- MODULE M ----
            EXTENDS Naturals, Integers
            VARIABLE x
            g[s \in STRING] == IF s = "" THEN 0 ELSE g[""]
            h[n \in 0..2] == IF n = 0 THEN CHOOSE y \in {} : TRUE ELSE h[n - 1]
            k[n \in 0..3] == IF n = 0 THEN 1 ELSE k[n - 1]
            Init == {{init}}
            Next == {{next}}
            ====
            """, "INIT Init\nNEXT Next\n");

        var run = CliRun.Check(spec);

        Assert.Equal(75, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    // A recursion that never reaches its base case is an error at the call that goes too deep (an
    // operator, a zero-argument operator, a function defined by a rule, an operator passed to
    // SelectSeq), with one worker and with two, instead of a stack overflow that ends the process.
    // An action is not counted (the rest of the step runs inside it): it fails when the stack runs low.
    [InlineData("x' = F(x)", "M.tla:5:9: error TLC0075: the evaluation nested more than 5000 operator calls")]
    [InlineData("x' = Z", "M.tla:6:6: error TLC0075: the evaluation nested more than 5000 operator calls")]
    [InlineData("x' = f[x]", "M.tla:8:1: error TLC0075: the evaluation nested more than 5000 operator calls")]
    [InlineData("x' = x /\\ Keep(0)", "M.tla:9:12: error TLC0075: the evaluation nested more than 5000 operator calls")]
    [InlineData("A(x)", "M.tla:7:9: error TLC0075: the evaluation nested too deeply for the thread's stack")]
    [InlineData("x' = LET RECURSIVE y y == y + 1 IN y", "M.tla:11:35: error TLC0075: the evaluation nested more than 5000 operator calls")]
    public void EndlessRecursion_IsAnErrorAtTheCallThatGoesTooDeep(string next, string expected)
    {
        foreach (var workers in (int[])[1, 2])
        {
            using var dir = new TempDirectory();
            var spec = WriteSpec(dir, $$"""
                ---- MODULE M ----
                EXTENDS Naturals, Sequences
                VARIABLE x
                RECURSIVE F(_), Z, A(_), Keep(_)
                F(n) == F(n + 1)
                Z == Z + 1
                A(n) == A(n + 1)
                f[n \in Nat] == f[n + 1]
                Keep(n) == SelectSeq(<<n + 1>>, Keep) # <<>>
                Init == x \in 0..3
                Next == {{next}}
                ====
                """, "INIT Init\nNEXT Next\n");

            var run = CliRun.Check(spec, workers: workers);

            Assert.Equal(75, run.ExitCode);
            Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DeepRecursion_ThatEnds_IsEvaluated()
    {
        using var dir = new TempDirectory();
        var spec = WriteSpec(dir, """
            ---- MODULE M ----
            EXTENDS Naturals
            VARIABLE x
            RECURSIVE Sum(_)
            Sum(n) == IF n = 0 THEN 0 ELSE n + Sum(n - 1)
            g[n \in Nat] == IF n = 0 THEN 0 ELSE 1 + g[n - 1]
            Init == x = 0
            Next == x < 2 /\ x' = x + 1 /\ Sum(1000) = 500500 /\ g[1000] = 1000
            ====
            """, "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");

        var run = CliRun.Check(spec);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Number("distinctStates"));
    }

    [Fact]
    public void NestingThatIsNotRecursion_IsNotCounted_AndInvariantsStartAtTheTop()
    {
        // A \A over 6,000 operator calls in an action nests the rest of the step 6,000 deep, and an
        // invariant that recurses almost to the limit is checked inside the enumeration with one
        // worker and apart with two (more than one chunk of states, so a helper thread takes some).
        using var dir = new TempDirectory();
        var spec = WriteSpec(dir, """
            ---- MODULE M ----
            EXTENDS Naturals
            VARIABLE x
            RECURSIVE Sum(_)
            Sum(n) == IF n = 0 THEN 0 ELSE n + Sum(n - 1)
            Ok(i) == i >= 0
            Init == x \in 0..1100
            Next == /\ \A i \in 1..6000 : Ok(i)
                    /\ x' = x
            Deep == Sum(4990 + (x % 2)) > 0
            ====
            """, "INIT Init\nNEXT Next\nINVARIANT Deep\n");

        foreach (var workers in (int[])[1, 2])
        {
            var run = CliRun.Check(spec, workers: workers);

            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Equal(1101, run.Number("distinctStates"));
        }
    }

    [Theory]
    // A recursive definition in a temporal property or in the specification's fairness is reported,
    // not unfolded until the stack runs out.
    [InlineData("SPECIFICATION Spec\nPROPERTY Q\n", "M.tla:6:21: error CFG0308: this temporal formula unfolds its definitions without end")]
    [InlineData("SPECIFICATION FairSpec\n", "M.tla:7:9: error CFG0308: the specification unfolds its definitions without end")]
    public void RecursiveTemporalDefinitions_AreReported(string config, string expected)
    {
        using var dir = new TempDirectory();
        var spec = WriteSpec(dir, """
            ---- MODULE M ----
            EXTENDS Naturals
            VARIABLE x
            RECURSIVE Q, Fair
            Next == x' = 1 - x
            Q == []<>(x = 0) /\ Q
            Fair == WF_x(Next) /\ Fair
            Spec == x = 0 /\ [][Next]_x
            FairSpec == Spec /\ Fair
            ====
            """, config);

        var run = CliRun.Check(spec);

        Assert.Equal(151, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EndlessRecursion_OnAThreadWithoutAContext_IsAnError()
    {
        using var dir = new TempDirectory();
        var spec = WriteSpec(dir, """
            ---- MODULE M ----
            EXTENDS Naturals
            VARIABLE x
            f[n \in Nat] == f[n + 1]
            Init == x = 0
            Next == x' = x
            Holds == f[x] = 0
            ====
            """, "INIT Init\nNEXT Next\nINVARIANT Holds\n");
        var model = Tla.Modeling.ModelBuilder.Build(spec, Path.ChangeExtension(spec, ".cfg"), []).Model!;
        var holds = Assert.IsType<Tla.Evaluation.Nodes.CallNode>(model.Invariants[0]).Operator.GetEvalBody();
        var f = Assert.IsType<Tla.Evaluation.Nodes.ApplyFunctionNode>(Assert.IsType<Tla.Evaluation.Nodes.EqualsNode>(holds).Left).Function;
        var function = (Engine.Values.FunctionValue)f.Eval(new Tla.Evaluation.EvalContext(1));

        // A thread that never evaluated anything has no context of its own: the rule makes one, and
        // the applications nested in it count their depth there.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                function.TryApply(Engine.Values.IntValue.Of(0));
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();

        var error = Assert.IsType<Engine.Diagnostics.DiagnosticException>(failure);
        Assert.Contains("nested more than 5000", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>Writes <c>M.tla</c> and <c>M.cfg</c> into <paramref name="dir"/>; returns the spec's path.</summary>
    private static string WriteSpec(TempDirectory dir, string spec, string config)
    {
        var path = Path.Combine(dir.Path, "M.tla");
        File.WriteAllText(path, spec);
        File.WriteAllText(Path.Combine(dir.Path, "M.cfg"), config);
        return path;
    }
}
