using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Syntax;
using ModelCheck.Tests.Syntax;
using Xunit;

namespace ModelCheck.Tests.Evaluation;

/// <summary>Which EXCEPT paths are applied together: written alike but for a last field, distinct in each.</summary>
public sealed class ExceptRunTests
{
    [Theory]
    [InlineData("[f EXCEPT ![m.ins][acc].mbal = 1, ![m.ins][acc].bal = 2, ![m.ins][acc].val = 3]", new[] { 3, 2, 1 })]
    [InlineData("[f EXCEPT ![i][j].a = 1, ![i][j].b = 2, ![i][j].a = 3]", new[] { 2, 2, 1 })]
    [InlineData("[f EXCEPT ![i][j].a = 1, ![i][k].b = 2]", new[] { 1, 1 })]
    [InlineData("[f EXCEPT ![i].a = 1, ![i].b = 2, ![i][j] = 3]", new[] { 2, 1, 1 })]
    [InlineData("[f EXCEPT ![i + 1].a = 1, ![i + 1].b = 2]", new[] { 1, 1 })]
    [InlineData("[f EXCEPT ![g[2, x]].a = 1, ![g[2, x]].b = 2, ![g[2, y]].c = 3]", new[] { 2, 1, 1 })]
    [InlineData("[f EXCEPT ![1][\"k\"] = 1, ![1][\"l\"] = 2]", new[] { 1, 1 })]
    [InlineData("[f EXCEPT ![1] = 1, ![2] = 2]", new[] { 1, 1 })]
    public void Compiler_GroupsPathsThatDifferOnlyInADistinctLastField(string expression, int[] runs)
    {
        var module = ParseHelper.Parse($"""
            ---- MODULE M ----
            Op == {expression}
            ====
            """);
        var except = Assert.IsType<ExceptExpr>(Assert.IsType<OperatorDef>(Assert.Single(module.Units)).Body);
        var actual = new int[except.Updates.Length];
        for (var i = 0; i < actual.Length; i++)
        {
            actual[i] = Compiler.SharedPrefixRun(except.Updates, i);
        }

        Assert.Equal(runs, actual);
    }
}
