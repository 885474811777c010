using ModelCheck.Engine.Values;
using ModelCheck.Tla.Modeling;
using Xunit;

namespace ModelCheck.Tests.Values;

/// <summary>Equal strings of a spec are one object, so comparing them never reads their text.</summary>
public sealed class StringValueTests
{
    [Fact]
    public void Of_GivesOneObjectPerText()
    {
        var first = StringValue.Of("phase2b");
        var copy = StringValue.Of(new string("phase2b".AsSpan()));

        Assert.Same(first, copy);
        Assert.NotSame(first, StringValue.Of("phase2a"));
        Assert.Equal("phase2a", StringValue.Of("phase2a").Value);
    }

    [Fact]
    public void Compiler_SharesOneObjectForEqualTextAcrossLiteralsFieldsRecordSetsAndConfig()
    {
        using var temp = new TempDirectory();
        var spec = Path.Combine(temp.Path, "S.tla");
        File.WriteAllText(spec, """
            ---- MODULE S ----
            CONSTANT C
            VARIABLE x
            Init == x = << "type", [type |-> "m"], "m", C, CHOOSE r \in [type : {"m"}] : TRUE >>
            Next == UNCHANGED x
            ====
            """);
        var config = Path.Combine(temp.Path, "S.cfg");
        File.WriteAllText(config, "CONSTANT C = \"m\"\nINIT Init\nNEXT Next\n");
        var outcome = ModelBuilder.Build(spec, config, []);
        var model = outcome.Model ?? throw new InvalidOperationException(string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
        var states = new List<Value[]>();
        model.CreateWorker().EnumerateInitial(new Collect(states));

        var tuple = Assert.IsType<TupleValue>(Assert.Single(states)[0]);
        var literal = (StringValue)tuple.ValueAt(0);
        var record = Assert.IsType<RecordValue>(tuple.ValueAt(1));
        var fromSet = Assert.IsType<RecordValue>(tuple.ValueAt(4));
        Assert.Same(literal, record.Names[0]);
        Assert.Same(literal, fromSet.Names[0]);
        Assert.Same(tuple.ValueAt(2), record.ValueAt(0));
        Assert.Same(tuple.ValueAt(2), tuple.ValueAt(3));
        Assert.Same(tuple.ValueAt(2), fromSet.ValueAt(0));
    }

    private sealed class Collect(List<Value[]> states) : Engine.Model.ISuccessorSink
    {
        public void Add(Value[] state) => states.Add((Value[])state.Clone());
    }
}
