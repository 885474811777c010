using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;
using ModelCheck.Traces.Labels;
using ModelCheck.Traces.Mermaid;
using Xunit;

namespace ModelCheck.Tests.Traces;

public sealed class MermaidTraceWriterTests
{
    [Fact]
    public void Procs_MatchesGoldenFile()
    {
        using var run = TraceRun.Of("Procs", TraceSpecs.Procs, TraceSpecs.ProcsConfig);

        Golden.Assert(MermaidTraceWriter.Write(run.Headline, run.Trace), TraceRun.GoldenPath("MermaidTraceWriterTests.Procs.verified.mmd"));
    }

    [Fact]
    public void Lasso_MatchesGoldenFileWithLoopBlock()
    {
        var trace = new Counterexample(
            ["turn", "count"],
            [
                new TraceStep([new ModelValue("a"), IntValue.Of(0)], null),
                new TraceStep([new ModelValue("b"), IntValue.Of(1)], "Pass(a)"),
                new TraceStep([new ModelValue("a"), IntValue.Of(1)], "Pass(b)"),
            ],
            LoopIndex: 1,
            ClosingAction: "Pass(a)");

        Golden.Assert(MermaidTraceWriter.Write("Error: Temporal property Progress is violated.", trace), TraceRun.GoldenPath("MermaidTraceWriterTests.Lasso.verified.mmd"));
    }

    [Fact]
    public void Stuttering_DrawsALoopOnTheLastState()
    {
        var trace = new Counterexample(
            ["x"],
            [new TraceStep([IntValue.Of(0)], null), new TraceStep([IntValue.Of(1)], "Inc")],
            LoopIndex: 1);

        var diagram = MermaidTraceWriter.Write("h", trace);

        Assert.EndsWith("    loop State 2 forever\n        Note over st: (stays in this state)\n    end\n", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Lasso_DrawsTheStepBackInsideTheLoopByItsOwnProcess()
    {
        var trace = new Counterexample(
            ["x"],
            [new TraceStep([IntValue.Of(0)], null), new TraceStep([IntValue.Of(1)], "Inc"), new TraceStep([IntValue.Of(2)], "Inc")],
            LoopIndex: 1,
            ClosingAction: "Reset");

        var diagram = MermaidTraceWriter.Write("h", trace);

        Assert.Contains("    participant p1 as Inc\n    participant p2 as Reset\n    participant st as state\n", diagram, StringComparison.Ordinal);
        Assert.EndsWith("        p2->>st: Reset\n        Note over st: Back to State 2<br/>x = 1\n    end\n", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Lasso_OnTheLastStateWithAnAction_DrawsThatStep()
    {
        var trace = new Counterexample(
            ["x"],
            [new TraceStep([IntValue.Of(0)], null), new TraceStep([IntValue.Of(1)], "Inc")],
            LoopIndex: 1,
            ClosingAction: "Idle");

        var diagram = MermaidTraceWriter.Write("h", trace);

        Assert.EndsWith("    loop State 2 forever\n        p2->>st: Idle\n        Note over st: Back to State 2<br/>(no change)\n    end\n", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NamesParticipantsAfterProcessArgumentsOrActions()
    {
        var trace = new Counterexample(
            ["x"],
            [
                new TraceStep([IntValue.Of(0)], null),
                new TraceStep([IntValue.Of(1)], "Apply(e1)"),
                new TraceStep([IntValue.Of(2)], "PlannerStep"),
                new TraceStep([IntValue.Of(3)], "Apply(e2)"),
                new TraceStep([IntValue.Of(4)], "Apply(e1)"),
            ]);

        var diagram = MermaidTraceWriter.Write("h", trace);

        Assert.Contains("    participant p1 as e1\n    participant p2 as PlannerStep\n    participant p3 as e2\n    participant st as state\n", diagram, StringComparison.Ordinal);
        Assert.Contains("    p1->>st: Apply(e1)\n", diagram, StringComparison.Ordinal);
        Assert.Contains("    p2->>st: PlannerStep\n", diagram, StringComparison.Ordinal);
        Assert.Equal(2, diagram.Split("p1->>st").Length - 1);
    }

    [Fact]
    public void Write_ShortensNotesToAFewShortLines()
    {
        var variables = Enumerable.Range(0, 12).Select(i => $"v{i}").ToArray();
        var before = variables.Select(_ => (Value)IntValue.Of(0)).ToArray();
        var after = variables.Select(_ => (Value)new StringValue(new string('z', 100))).ToArray();
        var trace = new Counterexample([.. variables], [new TraceStep(before, null), new TraceStep(after, "Big")]);

        var note = MermaidTraceWriter.Write("h", trace).Split('\n').Last(l => l.Contains("State 2", StringComparison.Ordinal));

        var lines = note.Split("<br/>");
        Assert.Equal(MermaidTraceWriter.MaxNoteLines + 1, lines.Length);
        Assert.Equal("... and 5 more", lines[^1]);
        Assert.All(lines.Skip(1).SkipLast(1), l => Assert.EndsWith("...", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a;b", "a#59;b")]
    [InlineData("#1", "#35;1")]
    [InlineData("\"q\"", "#quot;q#quot;")]
    [InlineData("<<1, 2>>", "#lt;#lt;1, 2#gt;#gt;")]
    [InlineData("a & b", "a #amp; b")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("[x |-> 1] @@ {y}", "[x |-#gt; 1] @@ {y}")]
    public void Escape_WritesMermaidEntityCodes(string text, string expected)
    {
        Assert.Equal(expected, MermaidText.Escape(text));
    }

    [Theory]
    [InlineData("Apply(e1)", "Apply", "e1")]
    [InlineData("PlannerStep", "PlannerStep", "")]
    [InlineData("Send(e1, <<1, \"a,b\">>, {x, y})", "Send", "e1|<<1, \"a,b\">>|{x, y}")]
    [InlineData("Move({c1, c2}, \"E\")", "Move", "{c1, c2}|\"E\"")]
    [InlineData("Put([k |-> 1, v |-> (a :> 2 @@ b :> 3)], -4)", "Put", "[k |-> 1, v |-> (a :> 2 @@ b :> 3)]|-4")]
    public void ActionLabel_SplitsArgumentsAtTopLevelCommas(string label, string name, string arguments)
    {
        var parsed = ActionLabel.Parse(label);

        Assert.Equal(name, parsed.Name);
        Assert.Equal(arguments, string.Join("|", parsed.Arguments));
    }

    [Theory]
    [InlineData("Apply(e1)", "e1")]
    [InlineData("Send(<<1, 2>>, p3)", "p3")]
    [InlineData("Move({c1, c2}, \"E\")", "\"E\"")]
    [InlineData("Proc(2)", "2")]
    [InlineData("Toggle(TRUE)", "Toggle")]
    [InlineData("PlannerStep", "PlannerStep")]
    [InlineData("Merge({a}, {b})", "Merge")]
    public void ParticipantOf_PicksTheArgumentThatNamesAProcess(string label, string participant)
    {
        Assert.Equal(participant, MermaidTraceWriter.ParticipantOf(label));
    }
}
