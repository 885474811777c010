using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Nodes;
using Xunit;

namespace ModelCheck.Tests.Evaluation;

/// <summary>Which EXCEPT paths are applied together: the same plain reads but for a last field, distinct in each.</summary>
public sealed class ExceptRunTests
{
    private static readonly SourceSpan s_span = SourceSpan.None;

    [Fact]
    public void Runs_GroupPathsReadingTheSameKeysUpToDistinctLastFields()
    {
        // ![m.ins][acc].mbal, ![m.ins][acc].bal, ![m.ins][acc].val, then ![m.ins][acc].mbal again.
        Node[] Path(string field) => [new FieldNode(s_span, Local(1), "ins"), Local(0), Field(field)];
        var runs = ExceptRuns.Of([Path("mbal"), Path("bal"), Path("val"), Path("mbal")], ["mbal", "bal", "val", "mbal"]);
        Assert.Equal([3, 3, 2, 1], runs);
    }

    [Fact]
    public void Runs_KeepApartPathsWhoseKeysDifferOrAreNotPlainReads()
    {
        var sameField = ExceptRuns.Of([[Local(0), Field("a")], [Local(0), Field("a")]], ["a", "a"]);
        var otherKey = ExceptRuns.Of([[Local(0), Field("a")], [Local(1), Field("b")]], ["a", "b"]);
        var otherHops = ExceptRuns.Of([[new LocalNode(s_span, 1, 0, "p"), Field("a")], [Local(0), Field("b")]], ["a", "b"]);
        var indexLast = ExceptRuns.Of([[Local(0), Field("a")], [Local(0), Field("b")]], ["a", null]);
        var singleStep = ExceptRuns.Of([[Field("a")], [Field("b")]], ["a", "b"]);

        // An operator call or a built set might do more than read (Print); it is never shared.
        Node[] Built(string field) => [new SetEnumNode(s_span, [Local(0)]), Field(field)];
        var notARead = ExceptRuns.Of([Built("a"), Built("b")], ["a", "b"]);

        Assert.Equal([1, 1], sameField);
        Assert.Equal([1, 1], otherKey);
        Assert.Equal([1, 1], otherHops);
        Assert.Equal([1, 1], indexLast);
        Assert.Equal([1, 1], singleStep);
        Assert.Equal([1, 1], notARead);
    }

    [Fact]
    public void Runs_AcceptStateVariablesConstantsAndFunctionApplications()
    {
        Node[] Path(string field) =>
        [
            new ApplyFunctionNode(s_span, new StateVariableNode(s_span, 2, "f"), [new ConstantNode(s_span, IntValue.Of(3))]),
            new FieldNode(s_span, Local(0), "to"),
            Field(field),
        ];
        Assert.Equal([2, 1], ExceptRuns.Of([Path("a"), Path("b")], ["a", "b"]));
    }

    private static LocalNode Local(int index) => new(s_span, 0, index, "x" + index);

    private static ConstantNode Field(string name) => new(s_span, new StringValue(name));
}
