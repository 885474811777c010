using System.Text.Json;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;
using ModelCheck.Traces.Itf;
using Xunit;

namespace ModelCheck.Tests.Traces;

public sealed class ItfTraceWriterTests
{
    [Fact]
    public void Procs_MatchesGoldenFile()
    {
        using var run = TraceRun.Of("Procs", TraceSpecs.Procs, TraceSpecs.ProcsConfig);

        Golden.Assert(ItfTraceWriter.Write(run.Trace, "Procs.tla", run.Headline), TraceRun.GoldenPath("ItfTraceWriterTests.Procs.verified.itf.json"));
    }

    [Fact]
    public void Write_EncodesEachKindOfValueAsItfDoes()
    {
        var json = ItfTraceWriter.Write(Trace(["v"], [AllKinds()]));

        using var doc = JsonDocument.Parse(json);
        var v = doc.RootElement.GetProperty("states")[0].GetProperty("v");
        Assert.Equal("{\"#bigint\": \"-7\"}", v.GetProperty("int").GetRawText());
        Assert.Equal("{\"#bigint\": \"9007199254740993\"}", v.GetProperty("big").GetRawText());
        Assert.Equal("true", v.GetProperty("bool").GetRawText());
        Assert.Equal("\"a \\\"quoted\\\" \\\\ line\\n\"", v.GetProperty("str").GetRawText());
        Assert.Equal("\"p1\"", v.GetProperty("model").GetRawText());
        Assert.Equal("{\"#set\": [{\"#bigint\": \"1\"}, {\"#bigint\": \"2\"}]}", v.GetProperty("set").GetRawText());
        Assert.Equal("[\"a\", {\"#bigint\": \"2\"}]", v.GetProperty("seq").GetRawText());
        Assert.Equal("[]", v.GetProperty("empty").GetRawText());
        Assert.Equal("{\"#map\": [[{\"#bigint\": \"0\"}, \"zero\"], [{\"#bigint\": \"2\"}, \"two\"]]}", v.GetProperty("map").GetRawText());
        Assert.Equal("{\"#map\": [[\"#x\", {\"#bigint\": \"1\"}]]}", v.GetProperty("hashKey").GetRawText());
        Assert.Equal("{\"#unserializable\": \"Nat\"}", v.GetProperty("nat").GetRawText());
        Assert.Equal("[\"p1\"]", doc.RootElement.GetProperty("#meta").GetProperty("modelValues").GetRawText());
    }

    [Fact]
    public void Write_PutsIndexAndActionInEachStatesMetaAndTheLoopAtTheEnd()
    {
        var trace = new Counterexample(
            ["x"],
            [new TraceStep([IntValue.Of(0)], null), new TraceStep([IntValue.Of(1)], "Inc"), new TraceStep([IntValue.Of(2)], "Inc")],
            LoopIndex: 1);

        using var doc = JsonDocument.Parse(ItfTraceWriter.Write(trace, "S.tla", "why"));

        var root = doc.RootElement;
        Assert.Equal("ITF", root.GetProperty("#meta").GetProperty("format").GetString());
        Assert.Equal("S.tla", root.GetProperty("#meta").GetProperty("source").GetString());
        Assert.Equal("why", root.GetProperty("#meta").GetProperty("description").GetString());
        Assert.Equal(1, root.GetProperty("loop").GetInt32());
        Assert.False(root.GetProperty("states")[0].GetProperty("#meta").TryGetProperty("action", out _));
        Assert.Equal(2, root.GetProperty("states")[2].GetProperty("#meta").GetProperty("index").GetInt32());
        Assert.Equal("Inc", root.GetProperty("states")[2].GetProperty("#meta").GetProperty("action").GetString());
    }

    [Fact]
    public void Write_LabelsTheStepBackToTheLoopInTheTraceMeta()
    {
        var lasso = new Counterexample(
            ["x"],
            [new TraceStep([IntValue.Of(0)], null), new TraceStep([IntValue.Of(1)], "Inc")],
            LoopIndex: 0,
            ClosingAction: "Dec");
        var stuttering = lasso with { LoopIndex = 1, Stuttering = true, ClosingAction = null };

        using var labelled = JsonDocument.Parse(ItfTraceWriter.Write(lasso));
        using var unlabelled = JsonDocument.Parse(ItfTraceWriter.Write(stuttering));

        Assert.Equal("Dec", labelled.RootElement.GetProperty("#meta").GetProperty(ItfTraceWriter.LoopActionField).GetString());
        Assert.False(unlabelled.RootElement.GetProperty("#meta").TryGetProperty(ItfTraceWriter.LoopActionField, out _));
    }

    [Theory]
    [InlineData(0, false, "Dec")]
    [InlineData(1, false, "Idle")]
    [InlineData(1, true, null)]
    public void WriteThenRead_KeepsTheLoopItsLabelAndStuttering(int loop, bool stuttering, string? closing)
    {
        var trace = new Counterexample(
            ["x"],
            [new TraceStep([IntValue.Of(0)], null), new TraceStep([IntValue.Of(1)], "Inc")],
            LoopIndex: loop,
            Stuttering: stuttering,
            ClosingAction: closing);

        var read = ItfTraceReader.Read(ItfTraceWriter.Write(trace));

        Assert.Equal(loop, read.LoopIndex);
        Assert.Equal(stuttering, read.Stuttering);
        Assert.Equal(closing, read.ClosingAction);
    }

    [Fact]
    public void Write_IsDeterministicAndUsesLineFeeds()
    {
        using var run = TraceRun.Of("Procs", TraceSpecs.Procs, TraceSpecs.ProcsConfig);

        var first = ItfTraceWriter.Write(run.Trace, "Procs.tla", run.Headline);
        var second = ItfTraceWriter.Write(run.Trace, "Procs.tla", run.Headline);

        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_GivesBackEqualStates()
    {
        var state = AllKinds();
        var finite = RecordValue.Create(
            [.. Enumerable.Range(0, state.Count).Select(i => ((StringValue)state.KeyAt(i)).Value).Where(k => k != "nat")],
            [.. Enumerable.Range(0, state.Count).Where(i => ((StringValue)state.KeyAt(i)).Value != "nat").Select(state.ValueAt)]);
        var trace = new Counterexample(["v", "w"], [new TraceStep([finite, BoolValue.False], null), new TraceStep([finite, BoolValue.True], "Flip(p1)")], LoopIndex: 0);

        var read = ItfTraceReader.Read(ItfTraceWriter.Write(trace));

        Assert.Equal(string.Join(",", trace.Variables), string.Join(",", read.Variables));
        Assert.Equal(trace.LoopIndex, read.LoopIndex);
        Assert.Equal(trace.Steps.Length, read.Steps.Length);
        for (var i = 0; i < trace.Steps.Length; i++)
        {
            Assert.Equal(trace.Steps[i].Action, read.Steps[i].Action);
            Assert.Equal(trace.Steps[i].State, read.Steps[i].State);
        }

        Assert.IsType<ModelValue>(((RecordValue)read.Steps[0].State[0]).Field("model"));
        Assert.IsType<StringValue>(((RecordValue)read.Steps[0].State[0]).Field("str"));
    }

    /// <summary>A record with one field per kind of value.</summary>
    internal static RecordValue AllKinds() => RecordValue.Create(
        ["int", "big", "bool", "str", "model", "set", "seq", "empty", "map", "hashKey", "nat"],
        [
            IntValue.Of(-7),
            IntValue.Of(9007199254740993),
            BoolValue.True,
            new StringValue("a \"quoted\" \\ line\n"),
            new ModelValue("p1"),
            EnumeratedSet.FromUnsorted([IntValue.Of(2), IntValue.Of(1)]),
            new TupleValue([new StringValue("a"), IntValue.Of(2)]),
            TupleValue.Empty,
            MapValue.Create(EnumeratedSet.FromUnsorted([IntValue.Of(2), IntValue.Of(0)]), [new StringValue("zero"), new StringValue("two")]),
            MapValue.Create(EnumeratedSet.FromUnsorted([new StringValue("#x")]), [IntValue.Of(1)]),
            InfiniteSet.Nat,
        ]);

    private static Counterexample Trace(string[] variables, Value[] state) => new([.. variables], [new TraceStep(state, null)]);
}
