using ModelCheck.Cli.Commands;
using ModelCheck.Traces;
using Xunit;

namespace ModelCheck.Tests.Traces;

public sealed class CheckFormatTests
{
    [Fact]
    public void Check_WritesOneFilePerRequestedFormat()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("Procs.tla", TraceSpecs.Procs);
        temp.Write("Procs.cfg", TraceSpecs.ProcsConfig);
        var stdout = new StringWriter();
        var all = TraceFormats.Text | TraceFormats.Itf | TraceFormats.Mermaid | TraceFormats.Dot;

        var code = CheckCommand.Run(new CheckRequest(spec, null, 1, [], false, null, temp.File("out")) { Formats = all }, stdout, new StringWriter());

        Assert.Equal(12, code);
        var written = Directory.GetFiles(temp.File("out/Procs")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal("NotAllDone.dot,NotAllDone.itf.json,NotAllDone.mmd,NotAllDone.txt", string.Join(",", written));
        Assert.Contains(File.ReadAllText(temp.File("out/Procs/NotAllDone.txt")), stdout.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("sequenceDiagram\n", File.ReadAllText(temp.File("out/Procs/NotAllDone.mmd")), StringComparison.Ordinal);
        Assert.StartsWith("digraph StateGraph {\n", File.ReadAllText(temp.File("out/Procs/NotAllDone.dot")), StringComparison.Ordinal);
        Assert.Contains("\"source\": \"Procs.tla\"", File.ReadAllText(temp.File("out/Procs/NotAllDone.itf.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WritesOnlyTextByDefault()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("Counter.tla", TraceSpecs.Counter);
        temp.Write("Counter.cfg", TraceSpecs.CounterConfig);

        CheckCommand.Run(new CheckRequest(spec, null, 1, [], false, null, temp.File("out")), new StringWriter(), new StringWriter());

        Assert.Equal("Small.txt", Path.GetFileName(Assert.Single(Directory.GetFiles(temp.File("out/Counter")))));
    }

    [Fact]
    public void Check_SkipsDotForLargeGraphsAndSaysWhy()
    {
        using var temp = new TempDirectory();
        var spec = temp.Write("Big.tla", TraceSpecs.Big);
        temp.Write("Big.cfg", TraceSpecs.BigConfig);
        var stderr = new StringWriter();

        var code = CheckCommand.Run(new CheckRequest(spec, null, 1, [], false, null, temp.File("out")) { Formats = TraceFormats.Dot | TraceFormats.Itf }, new StringWriter(), stderr);

        Assert.Equal(12, code);
        Assert.Equal("Reached.itf.json", Path.GetFileName(Assert.Single(Directory.GetFiles(temp.File("out/Big")))));
        Assert.Contains("Reached.dot: the state graph has more than 2000 states; DOT output is for small specs only", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text,itf", "Text, Itf")]
    [InlineData("MERMAID, dot", "Mermaid, Dot")]
    [InlineData("itf,itf", "Itf")]
    [InlineData("", "None")]
    public void FormatNames_ParseCommaSeparatedLists(string text, string expected)
    {
        Assert.True(TraceFormatNames.TryParse([text], out var formats, out var error), error);
        Assert.Equal(expected, formats.ToString());
    }

    [Fact]
    public void FormatOption_RejectsUnknownNames()
    {
        var result = CheckCommand.Create().Parse(["Spec.tla", "--format", "text,pdf"]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("unknown trace format 'pdf' (known: text,itf,mermaid,dot)", error.Message);
    }
}
