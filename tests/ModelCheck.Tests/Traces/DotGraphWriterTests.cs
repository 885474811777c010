using ModelCheck.Traces.Dot;
using Xunit;

namespace ModelCheck.Tests.Traces;

public sealed class DotGraphWriterTests
{
    [Fact]
    public void Procs_MatchesGoldenFileWithThePathHighlighted()
    {
        using var run = TraceRun.Of("Procs", TraceSpecs.Procs, TraceSpecs.ProcsConfig);
        var graph = StateGraphExplorer.TryExplore(run.Model, StateGraphExplorer.DefaultStateLimit, out var problem);

        Assert.Null(problem);
        Golden.Assert(DotGraphWriter.Write(run.Headline, graph!, run.Trace), TraceRun.GoldenPath("DotGraphWriterTests.Procs.verified.dot"));
    }

    [Fact]
    public void Explore_FindsEveryStateAndTransition()
    {
        const string Spec = """
            ---- MODULE Bounded ----
            EXTENDS Naturals
            VARIABLE x
            Init == x = 0
            Next == x < 5 /\ x' = x + 1
            Small == x < 5
            ====
            """;
        using var run = TraceRun.Of("Bounded", Spec, "INIT Init\nNEXT Next\nINVARIANT Small\n");

        var graph = StateGraphExplorer.TryExplore(run.Model, 100, out _)!;

        Assert.Equal(6, graph.States.Count);
        Assert.Equal(0, Assert.Single(graph.InitialStates));
        Assert.Equal(5, graph.Graph.EdgeCount);
        Assert.All(graph.Graph.Edges, e => Assert.Equal(e.Source + 1, e.Target));
    }

    [Fact]
    public void Explore_RefusesGraphsPastTheLimitWithAClearMessage()
    {
        using var run = TraceRun.Of("Big", TraceSpecs.Big, TraceSpecs.BigConfig);

        var graph = StateGraphExplorer.TryExplore(run.Model, StateGraphExplorer.DefaultStateLimit, out var problem);

        Assert.Null(graph);
        Assert.Equal("the state graph has more than 2000 states; DOT output is for small specs only", problem);
    }

    [Fact]
    public void Explore_RefusesGraphsWithTooManyTransitions()
    {
        const string Spec = """
            ---- MODULE Dense ----
            EXTENDS Naturals
            VARIABLE x
            Init == x = 0
            Next == x' \in 0..30
            Never == x < 100
            ====
            """;
        using var temp = new TempDirectory();
        var outcome = ModelCheck.Tla.Modeling.ModelBuilder.Build(temp.Write("Dense.tla", Spec), temp.Write("Dense.cfg", "INIT Init\nNEXT Next\nINVARIANT Never\n"), []);

        var graph = StateGraphExplorer.TryExplore(outcome.Model!, 40, out var problem);

        Assert.Null(graph);
        Assert.Equal("the state graph has more than 400 transitions; DOT output is for small specs only", problem);
    }

    [Fact]
    public void Write_MergesParallelTransitionsIntoOneArrow()
    {
        using var run = TraceRun.Of("Procs", TraceSpecs.Procs, TraceSpecs.ProcsConfig);
        var graph = StateGraphExplorer.TryExplore(run.Model, 100, out _)!;

        var dot = DotGraphWriter.Write(run.Headline, graph, null);

        var arrows = dot.Split('\n').Where(l => l.Contains(" -> s", StringComparison.Ordinal) && !l.Contains("init", StringComparison.Ordinal)).ToList();
        Assert.Equal(arrows.Count, arrows.Select(l => l[..l.IndexOf('[', StringComparison.Ordinal)]).Distinct().Count());
        Assert.DoesNotContain("#c62828", dot, StringComparison.Ordinal);
    }
}
