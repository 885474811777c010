using System.Text;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Config;
using Xunit;

namespace ModelCheck.Tests.Diagnostics;

public sealed class DiagnosticRendererTests
{
    private const string Spec = """
        ---- MODULE Spec ----
        Init == IF THEN x
        ====
        """;

    [Fact]
    public void Render_ShowsSourceLineWithCaretsUnderSpan()
    {
        var diagnostic = new Diagnostic("TLA0201", new SourceSpan("Spec.tla", 2, 12, 2, 16), "unexpected token 'THEN'");

        var text = DiagnosticRenderer.Render(diagnostic, Source("Spec.tla", Spec));

        Assert.Equal(
            "Spec.tla:2:12: error TLA0201: unexpected token 'THEN'\n" +
            "    2 | Init == IF THEN x\n" +
            "      |            ^^^^\n",
            text);
    }

    [Fact]
    public void Render_PrintsOnlyHeaderWhenSourceIsUnavailable()
    {
        var diagnostic = new Diagnostic("TLA0201", new SourceSpan("Spec.tla", 2, 12, 2, 16), "unexpected token 'THEN'");

        Assert.Equal("Spec.tla:2:12: error TLA0201: unexpected token 'THEN'\n", DiagnosticRenderer.Render(diagnostic, _ => null));
    }

    [Fact]
    public void Render_PrintsOnlyHeaderWhenLineIsBeyondSource()
    {
        var diagnostic = new Diagnostic("X0001", new SourceSpan("Spec.tla", 40, 1, 40, 2), "far away");

        Assert.Equal("Spec.tla:40:1: error X0001: far away\n", DiagnosticRenderer.Render(diagnostic, Source("Spec.tla", Spec)));
    }

    [Fact]
    public void Render_PrintsCodeAndMessageForSpanWithoutLocation()
    {
        var diagnostic = new Diagnostic("MC0001", SourceSpan.None, "no model given");

        Assert.Equal("error MC0001: no model given\n", DiagnosticRenderer.Render(diagnostic, _ => throw new InvalidOperationException("not called")));
    }

    [Fact]
    public void Render_PutsOneCaretAtStartOfMultiLineSpan()
    {
        var diagnostic = new Diagnostic("X0001", new SourceSpan("Spec.tla", 2, 9, 3, 4), "multi");

        Assert.EndsWith("      |         ^\n", DiagnosticRenderer.Render(diagnostic, Source("Spec.tla", Spec)), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PutsOneCaretForEmptySpanAndClampsPastEndOfLine()
    {
        var empty = new Diagnostic("X0001", new SourceSpan("Spec.tla", 2, 18, 2, 18), "expected an expression");
        var beyond = new Diagnostic("X0001", new SourceSpan("Spec.tla", 2, 17, 2, 90), "wide");

        Assert.EndsWith("      |                  ^\n", DiagnosticRenderer.Render(empty, Source("Spec.tla", Spec)), StringComparison.Ordinal);
        Assert.EndsWith("      |                 ^\n", DiagnosticRenderer.Render(beyond, Source("Spec.tla", Spec)), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_KeepsTabsSoCaretsLineUp()
    {
        var diagnostic = new Diagnostic("X0001", new SourceSpan("a.cfg", 1, 3, 1, 4), "tab");

        Assert.Equal(
            "a.cfg:1:3: error X0001: tab\n    1 | \t\tN\n      | \t\t^\n",
            DiagnosticRenderer.Render(diagnostic, Source("a.cfg", "\t\tN\r\nnext")));
    }

    [Fact]
    public void Render_WidensGutterForLongLineNumbers()
    {
        var source = string.Concat(Enumerable.Repeat("x\n", 123_455)) + "last = 1\n";
        var diagnostic = new Diagnostic("X0001", new SourceSpan("big.tla", 123_456, 1, 123_456, 5), "big");

        Assert.Equal(
            "big.tla:123456:1: error X0001: big\n 123456 | last = 1\n        | ^^^^\n",
            DiagnosticRenderer.Render(diagnostic, Source("big.tla", source)));
    }

    [Fact]
    public void Render_ConfigErrorsMatchGolden()
    {
        string[] configs =
        [
            "CONSTANT N =\nINVARIANT Inv\n",
            "CONSTANTS\n    S = {a, b\nSPECIFICATION Spec\n",
            "INIT Init\nINIT Again\n",
            "CHECK_DEADLOCK maybe\n",
            "INVARIANTS TypeOK\n\tInv 3\n",
            "SPECIFICATION Spec\nCONSTANT N = 3.5\n",
            "(* unfinished\nINIT Init\n",
            "INITIAL Init\n",
        ];
        var output = new StringBuilder();
        for (var i = 0; i < configs.Length; i++)
        {
            var file = $"Bad{i + 1}.cfg";
            var diagnostics = new List<Diagnostic>();
            Assert.Null(ConfigParser.Parse(configs[i], file, diagnostics));
            foreach (var diagnostic in diagnostics)
            {
                output.Append(DiagnosticRenderer.Render(diagnostic, Source(file, configs[i]))).Append('\n');
            }
        }

        Golden.Assert(output.ToString(), Path.Combine(RepoPaths.TestProjectRoot, "Diagnostics", "DiagnosticRendererTests.ConfigErrors.verified.txt"));
    }

    private static Func<string, string?> Source(string file, string text) => name => name == file ? text : null;
}
