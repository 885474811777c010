using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;
using ModelCheck.Traces.Text;
using Xunit;

namespace ModelCheck.Tests.Traces;

public sealed class TextTraceWriterTests
{
    [Fact]
    public void Counter_MatchesGoldenFile()
    {
        using var run = TraceRun.Of("Counter", TraceSpecs.Counter, TraceSpecs.CounterConfig);

        Golden.Assert(TextTraceWriter.Write(run.Headline, run.Trace), TraceRun.GoldenPath("TextTraceWriterTests.Counter.verified.txt"));
    }

    [Fact]
    public void Procs_MatchesGoldenFileWithChangedEntriesNoted()
    {
        using var run = TraceRun.Of("Procs", TraceSpecs.Procs, TraceSpecs.ProcsConfig);

        Golden.Assert(TextTraceWriter.Write(run.Headline, run.Trace), TraceRun.GoldenPath("TextTraceWriterTests.Procs.verified.txt"));
    }

    [Fact]
    public void Write_KeepsTlcStateHeadersAndChangedMarkers()
    {
        using var run = TraceRun.Of("Procs", TraceSpecs.Procs, TraceSpecs.ProcsConfig);

        var text = TextTraceWriter.Write(run.Headline, run.Trace);

        Assert.StartsWith("Error: Invariant NotAllDone is violated.\n\nState 1: <Initial predicate>\n/\\ pc = (e1 :> \"idle\" @@ e2 :> \"idle\")\n", text, StringComparison.Ordinal);
        Assert.Contains("State 2: <Apply(e1)>\n/\\ pc = (e1 :> \"apply\" @@ e2 :> \"idle\")  \\* changed\n\\*   pc[e1]: \"idle\" -> \"apply\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EndsALassoWithTheActionOfTheStepBack()
    {
        var trace = Trace(["x"], [IntValue.Of(0)], [IntValue.Of(1)]) with { LoopIndex = 0, ClosingAction = "Dec" };

        var text = TextTraceWriter.Write("h", trace);

        Assert.EndsWith("/\\ x = 1  \\* changed\n\nBack to state 1: <Dec>\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EndsALassoWithoutALabelAsTlcDoes()
    {
        var loop = Trace(["x"], [IntValue.Of(0)], [IntValue.Of(1)]) with { LoopIndex = 0 };
        var stuttering = Trace(["x"], [IntValue.Of(0)], [IntValue.Of(1)]) with { LoopIndex = 1, Stuttering = true };

        Assert.EndsWith("\nBack to state 1.\n", TextTraceWriter.Write("h", loop), StringComparison.Ordinal);
        Assert.EndsWith("\nState 3: Stuttering\n", TextTraceWriter.Write("h", stuttering), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NotesOnlyTheEntriesThatChanged()
    {
        var before = Map(("e1", "idle"), ("e2", "idle"), ("e3", "idle"));
        var after = Map(("e1", "idle"), ("e2", "apply"), ("e3", "idle"));

        var text = TextTraceWriter.Write("h", Trace(["pc"], [before], [after]));

        Assert.Contains("\\*   pc[e2]: \"idle\" -> \"apply\"\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pc[e1]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pc[e3]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NotesNestedEntriesByTheirFullPath()
    {
        var inner = RecordValue.Create(["inbox"], [new TupleValue([IntValue.Of(1)])]);
        var changed = RecordValue.Create(["inbox"], [new TupleValue([IntValue.Of(2)])]);
        var before = MapValue.Create(EnumeratedSet.FromUnsorted([new ModelValue("n1")]), [inner]);
        var after = MapValue.Create(EnumeratedSet.FromUnsorted([new ModelValue("n1")]), [changed]);

        var text = TextTraceWriter.Write("h", Trace(["net"], [before], [after]));

        Assert.Contains("\\*   net[n1].inbox[1]: 1 -> 2\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ShowsNoEntryNotesWhenTheDomainChanged()
    {
        var before = new TupleValue([IntValue.Of(1)]);
        var after = new TupleValue([IntValue.Of(1), IntValue.Of(2)]);

        var text = TextTraceWriter.Write("h", Trace(["queue"], [before], [after]));

        Assert.Contains("/\\ queue = <<1, 2>>  \\* changed\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\*   ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_QuotesRecordFieldsThatAreNotIdentifiers()
    {
        var before = RecordValue.Create(["a b", "ELSE"], [IntValue.Of(1), IntValue.Of(1)]);
        var after = RecordValue.Create(["a b", "ELSE"], [IntValue.Of(2), IntValue.Of(2)]);

        var text = TextTraceWriter.Write("h", Trace(["r"], [before], [after]));

        Assert.Contains("\\*   r[\"a b\"]: 1 -> 2\n", text, StringComparison.Ordinal);
        Assert.Contains("\\*   r[\"ELSE\"]: 1 -> 2\n", text, StringComparison.Ordinal);
    }

    private static FunctionValue Map(params (string Key, string Value)[] entries) =>
        MapValue.Create(
            EnumeratedSet.FromUnsorted([.. entries.Select(e => (Value)new ModelValue(e.Key))]),
            [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (Value)new StringValue(e.Value))]);

    private static Counterexample Trace(string[] variables, Value[] first, Value[] second) =>
        new([.. variables], [new TraceStep(first, null), new TraceStep(second, "Step")]);
}
