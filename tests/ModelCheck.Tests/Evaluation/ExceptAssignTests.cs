using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;
using ModelCheck.Tests.Cli;
using ModelCheck.Tla.Modeling;
using Xunit;

namespace ModelCheck.Tests.Evaluation;

/// <summary>
/// <c>x' = [x EXCEPT ![k] = e]</c> leaves x' unbuilt for the store to pack from the parent's key;
/// every check must see the same states as with the function built. Each case runs a spec twice,
/// once in that form and once with x's function rebuilt first (<c>[[x EXCEPT ![1] = @] EXCEPT ...]</c>,
/// which takes the general path), with 1 and 2 workers, and compares everything printed and reported.
/// </summary>
public sealed class ExceptAssignTests
{
    // After the change, each disjunct has one kind of reader of x' (the first reader builds the
    // function, so each needs its own step): x'[i], an operator primed, x' = e, UNCHANGED, a second
    // x' = [x EXCEPT ...], x' \in S. Then records and maps, two variables changed in one step, paths
    // of keys into nested functions, runs of fields of one record, keys and fields outside the
    // domain, and invariants that fail so that a trace is printed (Paired only after
    // a step whose changes nothing reads, so that its state's functions are built for it alone).
    private const string Spec = """
        ---- MODULE M ----
        EXTENDS Naturals
        VARIABLES x, r, m, n
        vars == <<x, r, m, n>>
        Total(f) == f[1] + f[2] + f[3]
        Init == /\ x = <<0, 0, 0>> /\ r = [a |-> 0, b |-> 1] /\ m = [p \in {"p", "q"} |-> FALSE]
                /\ n = [p \in {"p", "q"} |-> [v |-> 0, w |-> <<0, 0>>]]
        Next == \E i \in 1..3 :
                  \/ /\ x' = [{{X}} EXCEPT ![i] = (@ + 1) % 3]
                     /\ UNCHANGED <<r, m, n>>
                  \/ /\ x' = [{{X}} EXCEPT ![i] = (@ + 2) % 3]
                     /\ x'[i] # 1 \/ i = 1
                     /\ UNCHANGED <<r, m, n>>
                  \/ /\ x' = [{{X}} EXCEPT ![i] = 0]
                     /\ Total(x)' <= 3
                     /\ UNCHANGED <<r, m, n>>
                  \/ /\ x' = [{{X}} EXCEPT ![i] = 1]
                     /\ x' = [j \in 1..3 |-> IF j = i THEN 1 ELSE x[j]]
                     /\ UNCHANGED <<r, m, n>>
                  \/ /\ x' = [{{X}} EXCEPT ![i] = 2]
                     /\ x' \in {<<2, 0, 0>>, <<1, 2, 1>>}
                     /\ UNCHANGED <<r, m, n>>
                  \/ /\ r' = [{{R}} EXCEPT !.b = 1 - @]
                     /\ r' = [{{R}} EXCEPT !.b = 1 - @]
                     /\ UNCHANGED <<x, m, n>>
                  \/ /\ x' = [{{X}} EXCEPT ![i] = @]
                     /\ UNCHANGED x
                     /\ r' = [{{R}} EXCEPT !.a = (@ + i) % 3]
                     /\ m' = [{{M}} EXCEPT !["p"] = ~@]
                     /\ UNCHANGED n
                  \/ /\ n' = [{{N}} EXCEPT ![IF i = 1 THEN "p" ELSE "q"].w[(i % 2) + 1] = (@ + 1) % 2]
                     /\ UNCHANGED <<x, r, m>>
                  \/ /\ n' = [{{N}} EXCEPT !["q"].v = 1 - @]
                     /\ n'["q"].v # 1 \/ i # 2
                     /\ UNCHANGED <<x, r, m>>
                  \/ /\ n' = [{{N}} EXCEPT !["p"].z = 1]
                     /\ UNCHANGED <<x, r, m>>
                  \/ \E k \in {"p", "q"} :
                       /\ n' = [{{N}} EXCEPT ![k].v = 1 - @, ![k].w = <<@[2], @[1]>>]
                       /\ n'[k].v + n'[k].w[1] # 2 \/ k = "p"
                       /\ UNCHANGED <<x, r, m>>
                  \/ \E k \in {"p", "q"} :
                       /\ n' = [{{N}} EXCEPT ![k].z = 1, ![k].v = 1 - @]
                       /\ n'[k].v = 1
                       /\ UNCHANGED <<x, r, m>>
                  \/ /\ x' = [{{X}} EXCEPT ![4] = 9]
                     /\ UNCHANGED <<r, m, n>>
        Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
        Small == Total(x) < {{LIMIT}}
        Calm == [][r'.a # 2 \/ m'["p"] = m["p"]]_vars
        Settles == <>[](r.a = 0)
        Bounded == Total(x) < 4
        Paired == r.a = 2 => ~m["p"]
        Few == n["p"].v + n["q"].v + n["p"].w[1] < 2
        Strict == r.a < 2 \/ <<1>>[3] = 1
        ====
        """;

    [Theory]
    [InlineData("INIT Init\nNEXT Next\nINVARIANT Small\n", "9")]
    [InlineData("INIT Init\nNEXT Next\nINVARIANT Small\n", "4")]
    [InlineData("INIT Init\nNEXT Next\nINVARIANT Paired\n", "9")]
    [InlineData("INIT Init\nNEXT Next\nINVARIANT Small\nCONSTRAINT Bounded\n", "9")]
    [InlineData("INIT Init\nNEXT Next\nINVARIANT Small\nCONSTRAINT Bounded\n", "3")]
    [InlineData("INIT Init\nNEXT Next\nINVARIANT Paired\nCONSTRAINT Few\n", "9")]
    [InlineData("INIT Init\nNEXT Next\nINVARIANT Small\nCONSTRAINT Strict\n", "9")]
    [InlineData("SPECIFICATION Spec\nPROPERTY Calm\n", "9")]
    [InlineData("SPECIFICATION Spec\nPROPERTY Settles\n", "9")]
    public void ChangedFunctions_GiveTheSameRunAsBuiltOnes(string config, string limit) =>
        AssertSameRunsAsBuilt(built => Spec
            .Replace("{{X}}", built ? "[x EXCEPT ![1] = @]" : "x", StringComparison.Ordinal)
            .Replace("{{R}}", built ? "[r EXCEPT !.a = @]" : "r", StringComparison.Ordinal)
            .Replace("{{M}}", built ? "[m EXCEPT ![\"p\"] = @]" : "m", StringComparison.Ordinal)
            .Replace("{{N}}", built ? "[n EXCEPT ![\"p\"] = @]" : "n", StringComparison.Ordinal)
            .Replace("{{LIMIT}}", limit, StringComparison.Ordinal), config);

    [Fact]
    public void PathsOfFourKeysAreChangedAndLongerOnesBuilt() =>
        AssertSameRunsAsBuilt(built => $$"""
            ---- MODULE M ----
            EXTENDS Naturals
            VARIABLES d, e
            Init == /\ d = [a |-> [b |-> <<[c |-> 0], [c |-> 1]>>]]
                    /\ e = [a |-> [b |-> [c |-> [d |-> [e |-> 0]]]]]
            Next == \E i \in 1..2 :
                      \/ d' = [{{(built ? "[d EXCEPT !.a = @]" : "d")}} EXCEPT !.a.b[i].c = (@ + 1) % 3] /\ UNCHANGED e
                      \/ e' = [{{(built ? "[e EXCEPT !.a = @]" : "e")}} EXCEPT !.a.b.c.d.e = (@ + i) % 3] /\ UNCHANGED d
            Low == d.a.b[1].c + d.a.b[2].c + e.a.b.c.d.e < 6
            ====
            """, "INIT Init\nNEXT Next\nINVARIANT Low\n");

    [Theory]
    // A rule-defined function applied outside its domain fails inside the image with no location
    // of its own: the error is reported at the EXCEPT, as the general operator reports it.
    [InlineData("![i] = g[i]", "M.tla:6:30: error TLC0075: cannot enumerate the infinite set STRING")]
    // Errors with a location keep it, also once the image runs as emitted code (after 200 steps).
    [InlineData("![i] = IF @ < 300 THEN @ + 1 ELSE <<1>>[2]", "M.tla:6:74: error TLC0075: attempted to apply function <<1>> to argument 2, which is not in its domain")]
    [InlineData("![i] = CHOOSE n \\in {} : TRUE", "M.tla:6:47: error TLC0075: CHOOSE found no element of the set that satisfies the predicate")]
    // A path that meets something other than a function; every key is evaluated before the path
    // is walked, also past a first key outside the domain.
    [InlineData("![i][1] = 1", "M.tla:6:30: error TLC0075: EXCEPT applied to 0, which is not a function")]
    [InlineData("![i][CHOOSE n \\in {} : TRUE] = 1", "M.tla:6:45: error TLC0075: CHOOSE found no element")]
    [InlineData("![3][CHOOSE n \\in {} : TRUE] = 1", "M.tla:6:45: error TLC0075: CHOOSE found no element")]
    [InlineData("![i].a = 1, ![i].b = 2", "M.tla:6:30: error TLC0075: EXCEPT applied to 0, which is not a function")]
    // An error in a later value of a run of fields, once the first has been evaluated.
    [InlineData("![i].a = 1, ![i].b = CHOOSE n \\in {} : TRUE", "M.tla:6:61: error TLC0075: CHOOSE found no element", "<<[a |-> 0, b |-> 0], [a |-> 0, b |-> 0]>>")]
    public void ErrorsInTheChange_AreReportedAsForBuiltFunctions(string updates, string expected, string init = "<<0, 0>>")
    {
        foreach (var (built, workers) in new[] { (true, 1), (false, 1), (false, 2) })
        {
            using var dir = new TempDirectory();
            var spec = Path.Combine(dir.Path, "M.tla");
            File.WriteAllText(spec, $$"""
                ---- MODULE M ----
                EXTENDS Naturals
                VARIABLE x
                g[s \in STRING] == IF s = "" THEN 0 ELSE g[""]
                Init == x = {{init}}
                Next == \E i \in 1..2 : x' = [{{(built ? "[x EXCEPT ![1] = @]" : "x")}} EXCEPT {{updates}}]
                ====
                """);
            File.WriteAllText(Path.Combine(dir.Path, "M.cfg"), "INIT Init\nNEXT Next\n");

            var run = CliRun.Check(spec, workers: workers);

            Assert.Equal(75, run.ExitCode);
            var message = expected[(expected.IndexOf(" error", StringComparison.Ordinal) + 1)..];
            Assert.Contains(built ? message : expected, run.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RulesThatCapturedTheNextState_ReadTheChangedFunctionBuilt()
    {
        // f is defined in a primed expression, so its rule reads the next state as a state, and it
        // runs only once z' = [z EXCEPT ...] stands unbuilt there: when y'[2] is read, and when y' is packed.
        foreach (var (built, workers) in new[] { (true, 1), (false, 1), (false, 2) })
        {
            using var dir = new TempDirectory();
            var spec = Path.Combine(dir.Path, "R.tla");
            File.WriteAllText(spec, $$"""
                ---- MODULE R ----
                EXTENDS Naturals
                VARIABLES y, z
                Init == y = <<0, 0>> /\ z = <<0, 0>>
                Next == /\ y' = (LET f[n \in 1..2] == IF n = 1 THEN z[1] + n ELSE f[n - 1] IN f)'
                        /\ z' = [{{(built ? "[z EXCEPT ![2] = @]" : "z")}} EXCEPT ![1] = 1 - @]
                        /\ y'[2] >= 0
                ====
                """);
            File.WriteAllText(Path.Combine(dir.Path, "R.cfg"), "INIT Init\nNEXT Next\n");

            var run = CliRun.Check(spec, workers: workers);

            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Equal(3, run.Number("distinctStates"));
            Assert.Equal(4, run.Number("totalStates"));
        }
    }

    [Fact]
    public void WithAStateConstraint_SuccessorsComeBuilt()
    {
        using var dir = new TempDirectory();
        var spec = Path.Combine(dir.Path, "M.tla");
        File.WriteAllText(spec, """
            ---- MODULE M ----
            EXTENDS Naturals
            VARIABLE x
            Init == x = <<0, 0>>
            Next == \E i \in 1..2 : x' = [x EXCEPT ![i] = (@ + 1) % 3]
            Bounded == x[1] < 2
            ====
            """);
        var config = Path.Combine(dir.Path, "M.cfg");
        File.WriteAllText(config, "INIT Init\nNEXT Next\nCONSTRAINT Bounded\n");
        var model = ModelBuilder.Build(spec, config, []).Model!;
        var worker = model.CreateWorker();
        var sink = new ChangeCounter();
        worker.EnumerateNext([new TupleValue([IntValue.Of(1), IntValue.Of(0)])], sink);

        // Why built: the constraint needs every successor's values, so deferring saves no building,
        // and building from the changes cost MCLamportMutex 7% (median of 10 alternating pairs).
        Assert.Single(model.Constraints);
        Assert.Equal((2, 0), (sink.Built, sink.Changed));
    }

    /// <summary>
    /// Checks the spec <paramref name="specFor"/> gives with its functions built first (true) and
    /// without, with 1 and 2 workers, and compares everything printed and reported.
    /// </summary>
    private static void AssertSameRunsAsBuilt(Func<bool, string> specFor, string config)
    {
        var reference = Run(specFor(true), config, workers: 1);
        foreach (var (built, workers) in new[] { (true, 2), (false, 1), (false, 2) })
        {
            Assert.Equal(reference, Run(specFor(built), config, workers));
        }
    }

    /// <summary>What a run printed and reported, with its folder's path replaced (errors name the spec).</summary>
    private static (int ExitCode, string Stdout, string Stderr, long Distinct, long Total) Run(string spec, string config, int workers)
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "M.tla");
        File.WriteAllText(path, spec);
        File.WriteAllText(Path.Combine(dir.Path, "M.cfg"), config);
        var run = CliRun.Check(path, workers: workers);
        return (
            run.ExitCode,
            run.StdoutAfterHeader.Replace(dir.Path, "DIR", StringComparison.Ordinal),
            run.Stderr.Replace(dir.Path, "DIR", StringComparison.Ordinal),
            run.Number("distinctStates"),
            run.Number("totalStates"));
    }

    private sealed class ChangeCounter : IChangedSuccessorSink
    {
        public int Built { get; private set; }

        public int Changed { get; private set; }

        public void Add(Value[] state) => Built++;

        public void AddChanged(Value[] state, ReadOnlySpan<ImageChange> changes) => Changed++;
    }
}
