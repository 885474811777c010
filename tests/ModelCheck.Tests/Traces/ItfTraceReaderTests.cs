using ModelCheck.Engine.Values;
using ModelCheck.Traces.Itf;
using Xunit;

namespace ModelCheck.Tests.Traces;

public sealed class ItfTraceReaderTests
{
    /// <summary>The shape Apalache writes: #meta with format and varTypes, params set in the first state, _OF_ strings.</summary>
    private const string ApalacheTrace = """
        {
          "#meta": {
            "format": "ITF",
            "format-description": "https://apalache-mc.org/docs/adr/015adr-trace.html",
            "description": "Created by Apalache on Wed Dec 22 09:18:50 CET 2021",
            "varTypes": { "bank_of_boat": "Str", "who_is_on_bank": "Str -> Set(PERSON)", "n": "Int", "pair": "<<Int, Str>>" }
          },
          "params": [ "N" ],
          "vars": [ "bank_of_boat", "who_is_on_bank", "n", "pair" ],
          "states": [
            {
              "#meta": { "index": 0 },
              "N": { "#bigint": "3" },
              "bank_of_boat": "E",
              "who_is_on_bank": { "#map": [ [ "W", { "#set": [] } ], [ "E", { "#set": [ "m1_OF_PERSON", "c1_OF_PERSON" ] } ] ] },
              "n": 0,
              "pair": { "#tup": [ 1, "a" ] }
            },
            {
              "#meta": { "index": 1 },
              "bank_of_boat": "W",
              "who_is_on_bank": { "#map": [ [ "E", { "#set": [ "c1_OF_PERSON" ] } ], [ "W", { "#set": [ "m1_OF_PERSON" ] } ] ] },
              "n": { "#bigint": "-12345678901" },
              "pair": { "#tup": [ { "#bigint": "2" }, "b" ] }
            }
          ]
        }
        """;

    [Fact]
    public void Read_AcceptsApalacheOutput()
    {
        var trace = ItfTraceReader.Read(ApalacheTrace);

        Assert.Equal("bank_of_boat, who_is_on_bank, n, pair", string.Join(", ", trace.Variables));
        Assert.Null(trace.LoopIndex);
        Assert.Equal(2, trace.Steps.Length);
        Assert.Null(trace.Steps[0].Action);
        var first = trace.Steps[0].State;
        Assert.Equal("\"E\"", first[0].ToString());
        Assert.Equal("[E |-> {\"c1_OF_PERSON\", \"m1_OF_PERSON\"}, W |-> {}]", first[1].ToString());
        Assert.Equal(IntValue.Of(0), first[2]);
        Assert.Equal("<<1, \"a\">>", first[3].ToString());
        Assert.Equal(IntValue.Of(-12345678901), trace.Steps[1].State[2]);
    }

    [Fact]
    public void Read_TurnsListedAndKnownNamesIntoModelValues()
    {
        const string Json = """
            {"#meta": {"modelValues": ["e1"]}, "vars": ["a", "b", "c"],
             "states": [{"a": "e1", "b": "p1", "c": "text"}]}
            """;

        var state = ItfTraceReader.Read(Json, ["p1"]).Steps[0].State;

        Assert.Equal(new ModelValue("e1"), state[0]);
        Assert.Equal(new ModelValue("p1"), state[1]);
        Assert.Equal(new StringValue("text"), state[2]);
    }

    [Fact]
    public void Read_TakesVariantsAsRecordsAndEmptyObjectsAsEmptyFunctions()
    {
        const string Json = """
            {"vars": ["v", "e", "s"], "states": [{"v": {"tag": "Some", "value": {"#bigint": "40"}}, "e": {}, "s": []}]}
            """;

        var state = ItfTraceReader.Read(Json).Steps[0].State;

        Assert.Equal("[tag |-> \"Some\", value |-> 40]", state[0].ToString());
        Assert.Equal(TupleValue.Empty, state[1]);
        Assert.Equal(TupleValue.Empty, state[2]);
    }

    [Fact]
    public void Read_ReadsTheActionLabelAndTheLoop()
    {
        const string Json = """
            {"vars": ["x"], "states": [{"#meta": {"index": 0}, "x": 0}, {"#meta": {"index": 1, "action": "Inc"}, "x": 1}], "loop": 0}
            """;

        var trace = ItfTraceReader.Read(Json);

        Assert.Equal("Inc", trace.Steps[1].Action);
        Assert.Equal(0, trace.LoopIndex);
        Assert.Null(trace.ClosingAction);
        Assert.False(trace.Stuttering);
    }

    [Fact]
    public void Read_TakesALoopOnTheLastStateWithoutALabelAsStuttering()
    {
        // Apalache and Quint write no label for the step back; such a lasso repeats its last state forever.
        const string Json = """
            {"vars": ["x"], "states": [{"x": 0}, {"x": 1}], "loop": 1}
            """;

        var trace = ItfTraceReader.Read(Json);

        Assert.Equal(1, trace.LoopIndex);
        Assert.True(trace.Stuttering);
        Assert.Null(trace.ClosingAction);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1]", "an ITF trace is a JSON object")]
    [InlineData("""{"states": []}""", "no \"vars\" array")]
    [InlineData("""{"vars": ["x"]}""", "no \"states\" array")]
    [InlineData("""{"vars": ["x"], "states": [{"y": 1}]}""", "states[0] has no value for the variable x")]
    [InlineData("""{"vars": ["x"], "states": [{"x": 1.5}]}""", "states[0].x: 1.5 is not an integer")]
    [InlineData("""{"vars": ["x"], "states": [{"x": {"#bigint": "1e3"}}]}""", "states[0].x: #bigint \"1e3\" is not an integer")]
    [InlineData("""{"vars": ["x"], "states": [{"x": {"#bigint": "99999999999999999999"}}]}""", "outside the 64-bit range")]
    [InlineData("""{"vars": ["x"], "states": [{"x": {"#unserializable": "Nat"}}]}""", "states[0].x: the value \"Nat\" was written as #unserializable")]
    [InlineData("""{"vars": ["x"], "states": [{"x": {"#map": [[1, 2], [1, 3]]}}]}""", "gives the key 1 two different values")]
    [InlineData("""{"vars": ["x"], "states": [{"x": {"#map": [[1]]}}]}""", "states[0].x[0]: a #map entry is a [key, value] array")]
    [InlineData("""{"vars": ["x"], "states": [{"x": {"r": [null]}}]}""", "states[0].x.r[0]: null is not an ITF value")]
    [InlineData("""{"vars": ["x"], "states": [{"x": {"#frob": 1}}]}""", "unknown ITF form \"#frob\"")]
    [InlineData("""{"vars": ["x"], "states": [{"x": 1}], "loop": 1}""", "\"loop\" must be the index of a state (0 to 0)")]
    public void Read_RejectsMalformedTracesNamingWhere(string json, string expected)
    {
        var e = Assert.Throws<ItfFormatException>(() => ItfTraceReader.Read(json));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeepsOneValuePerRepeatedVariableName()
    {
        const string Json = """
            {"vars": ["x", "mbt::actionTaken", "mbt::actionTaken"], "states": [{"x": 1, "mbt::actionTaken": "init"}]}
            """;

        Assert.Equal("x, mbt::actionTaken", string.Join(", ", ItfTraceReader.Read(Json).Variables));
    }
}
