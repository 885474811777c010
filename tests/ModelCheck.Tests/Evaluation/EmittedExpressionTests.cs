using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Emitted;
using ModelCheck.Tla.Evaluation.Nodes;
using ModelCheck.Tla.Modeling;
using Xunit;

namespace ModelCheck.Tests.Evaluation;

/// <summary>
/// Hot expressions run as emitted IL: which node kinds are emitted, and that the emitted code gives
/// the interpreter's value, or bails out to it, on every state of a small model. Errors raised by
/// hot expressions are covered end to end by the EmittedExpressions case.
/// </summary>
public sealed class EmittedExpressionTests
{
    private const string Module = """
        ---- MODULE Emitted ----
        EXTENDS Naturals, Integers
        VARIABLES x, f
        R == [a |-> 1, b |-> 2]
        Init == x \in -3..40 /\ f \in {<<a, b, 7 - a>> : a \in 0..2, b \in {-1, 4}}
        Next == UNCHANGED <<x, f>>
        Sum == f[1] + f[2] * f[3] - x \div 7 + (-x) \div 4 + (x % 5)
        Cmp == ((x < 15) /\ ~(f[1] >= 2)) \/ (x > 25 => f[2] <= 1)
        Mem == (x \in 10..20 /\ f[3] \notin {5, 7}) \/ f[1] \in 0..(x % 2)
        Quant == \A i \in 1..3 : \E j \in {-1, 0, 1, 2, 4} : f[i] = j
        Cond == IF x % 2 = 0 THEN f[1] ELSE -f[2]
        Upd == [f EXCEPT ![2] = @ + x, ![3] = -@, ![7] = 0]
        Fld == R.a + R.b * x
        Eq == f # <<0, -1, 7>> /\ f[1] = f[2]
        Apply == <<1, 2, 3>>[x]
        Overflow == x * 4611686018427387904
        NotBool == \A i \in 1..x : i
        Let == LET y == x + 1 IN y * y
        Filter == {i \in 1..3 : f[i] > 0}
        ====
        """;

    private static readonly string[] s_emitted = ["Sum", "Cmp", "Mem", "Quant", "Cond", "Upd", "Fld", "Eq", "Apply", "Overflow", "NotBool"];

    [Fact]
    public void Emitter_TakesArithmeticLogicMembershipQuantifiersAndExcept()
    {
        var model = Build([.. s_emitted, "Let", "Filter"]);
        for (var i = 0; i < s_emitted.Length; i++)
        {
            var body = Assert.IsType<EmittedNode>(Body(model, i), exactMatch: true);
            Assert.NotNull(NodeEmitter.TryEmit(body.Original));
        }

        Assert.IsNotType<EmittedNode>(Body(model, s_emitted.Length));
        Assert.IsNotType<EmittedNode>(Body(model, s_emitted.Length + 1));
    }

    [Fact]
    public void Emitter_LeavesVeryLargeExpressionsToTheInterpreter()
    {
        var model = BuildWith(
            $"Small == {string.Join(" /\\ ", Enumerable.Range(0, 100).Select(i => $"x # {i + 1000}"))}\n" +
            $"Large == {string.Join(" /\\ ", Enumerable.Range(0, 400).Select(i => $"x # {i + 1000}"))}\n",
            ["Small", "Large"]);

        Assert.IsType<EmittedNode>(Body(model, 0));
        Assert.IsNotType<EmittedNode>(Body(model, 1));
    }

    [Fact]
    public void EmittedCode_GivesTheInterpretersValueOrBailsOut()
    {
        var model = Build(s_emitted);
        var states = InitialStates(model);
        Assert.Equal(44 * 6, states.Count);
        var bailed = new int[s_emitted.Length];
        for (var i = 0; i < s_emitted.Length; i++)
        {
            var original = ((EmittedNode)Body(model, i)).Original;
            var emitted = NodeEmitter.TryEmit(original)!;
            var size = ((CallNode)model.Invariants[i]).Operator.FrameSize;
            foreach (var state in states)
            {
                var ctx = new EvalContext(state.Length) { State = state };
                var interpreted = Interpret(ctx, original, size);
                ctx.Frame = new Frame(size, EvalContext.RootFrame);
                var value = emitted(ctx);
                if (value is null)
                {
                    bailed[i]++;
                    continue;
                }

                Assert.True(interpreted is not null && value.Equals(interpreted), $"{s_emitted[i]} on {Describe(state)}: emitted {value}, interpreted {interpreted?.ToString() ?? "an error"}");
            }
        }

        // Only the expressions that fail on some states bail out, and on exactly those states: <<1, 2, 3>>[x]
        // outside 1..3 (41 of 44 values of x), x * 2^62 outside -2..1 (40) and \A i \in 1..x : i for x > 0 (40).
        Assert.Equal("Apply 246, Overflow 240, NotBool 240", string.Join(", ", s_emitted.Select((name, i) => (name, i)).Where(p => bailed[p.i] > 0).Select(p => $"{p.name} {bailed[p.i]}")));
    }

    private static TlaModel Build(string[] invariants) => BuildWith(string.Empty, invariants);

    private static TlaModel BuildWith(string definitions, string[] invariants)
    {
        using var temp = new TempDirectory();
        var spec = Path.Combine(temp.Path, "Emitted.tla");
        File.WriteAllText(spec, Module.Replace("====", definitions + "====", StringComparison.Ordinal));
        var config = Path.Combine(temp.Path, "Emitted.cfg");
        File.WriteAllText(config, $"INIT Init\nNEXT Next\nINVARIANT {string.Join(' ', invariants)}\n");
        var outcome = ModelBuilder.Build(spec, config, []);
        return outcome.Model ?? throw new InvalidOperationException(string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
    }

    private static Node Body(TlaModel model, int invariant) => Assert.IsType<CallNode>(model.Invariants[invariant]).Operator.GetEvalBody();

    private static List<Value[]> InitialStates(TlaModel model)
    {
        var states = new List<Value[]>();
        model.CreateWorker().EnumerateInitial(new Collect(states));
        return states;
    }

    private static Value? Interpret(EvalContext ctx, Node body, int size)
    {
        try
        {
            return ctx.EvalIn(new Frame(size, EvalContext.RootFrame), body);
        }
        catch (Exception e) when (e is Engine.Diagnostics.DiagnosticException or ValueException)
        {
            return null;
        }
    }

    private static string Describe(Value[] state) => string.Join(", ", state.Select(v => v.ToString()));

    private sealed class Collect(List<Value[]> states) : Engine.Model.ISuccessorSink
    {
        public void Add(Value[] state) => states.Add((Value[])state.Clone());
    }
}
