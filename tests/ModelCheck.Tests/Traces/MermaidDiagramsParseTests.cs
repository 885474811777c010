using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;
using ModelCheck.Traces.Mermaid;
using Xunit;

namespace ModelCheck.Tests.Traces;

/// <summary>
/// Every committed Mermaid diagram, and diagrams of traces full of characters Mermaid treats
/// specially, must parse with the mermaid package (what GitHub renders them with).
/// </summary>
public sealed class MermaidDiagramsParseTests
{
    [MermaidFact]
    public void CommittedDiagrams_Parse()
    {
        var files = MermaidCheck.CommittedDiagrams();
        Assert.NotEmpty(files);

        var (code, output) = MermaidCheck.Run(files);

        Assert.True(code == 0, output);
        Assert.Contains($"mermaid-check: {files.Count} of {files.Count} diagram(s) parse", output, StringComparison.Ordinal);
    }

    [MermaidFact]
    public void DiagramsOfHostileTraces_Parse()
    {
        using var temp = new TempDirectory();
        var weird = "a;b #c \"d\" <<e>> & f: g %% h\nend loop --> ->> i";
        var trace = new Counterexample(
            ["end", "loop"],
            [
                new TraceStep([new StringValue(weird), IntValue.Of(0)], null),
                new TraceStep([new StringValue(weird + "!"), IntValue.Of(1)], $"Send(\"{weird.Replace("\"", "\\\"", StringComparison.Ordinal)}\")"),
                new TraceStep([new StringValue(weird), IntValue.Of(2)], "end"),
                new TraceStep([new StringValue(weird), IntValue.Of(2)], "participant(loop, end)"),
            ],
            LoopIndex: 1);
        var files = new[]
        {
            temp.Write("hostile.mmd", MermaidTraceWriter.Write("Error: " + weird, trace)),
            temp.Write("stutter.mmd", MermaidTraceWriter.Write("h", trace with { LoopIndex = 3 })),
            temp.Write("empty.mmd", MermaidTraceWriter.Write("h", trace with { Steps = [trace.Steps[0]], LoopIndex = null })),
        };

        var (code, output) = MermaidCheck.Run(files);

        Assert.True(code == 0, output);
    }

    [MermaidFact]
    public void BrokenDiagram_IsReported()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("broken.mmd", "sequenceDiagram\n    a->>: no target\n");

        var (code, output) = MermaidCheck.Run([file]);

        Assert.Equal(1, code);
        Assert.Contains("FAIL", output, StringComparison.Ordinal);
    }
}
