using ModelCheck.Cli.Commands;
using ModelCheck.Cli.Matrix;
using ModelCheck.Engine.Search;
using Xunit;

namespace ModelCheck.Tests.DnsRace;

/// <summary>How <c>modelcheck matrix</c> lays out its table and reports folders it cannot use.</summary>
public sealed class MatrixTableTests
{
    private static readonly MatrixResult s_result = new(
        [new MatrixColumn("Inv", MatrixColumnKind.Invariant), new MatrixColumn("Live", MatrixColumnKind.Property)],
        [
            new VariantResult(
                "A",
                new Dictionary<string, MatrixCell>(StringComparer.Ordinal)
                {
                    ["Inv"] = new(MatrixCellKind.Violated, 12),
                    ["Live"] = new(MatrixCellKind.Unsupported),
                },
                1234,
                TimeSpan.FromSeconds(1.5)),
            new VariantResult(
                "LongerName",
                new Dictionary<string, MatrixCell>(StringComparer.Ordinal) { ["Inv"] = new(MatrixCellKind.Holds, Vacuous: false) },
                null,
                TimeSpan.FromSeconds(0.25)),
        ]);

    [Fact]
    public void Matrix_TextTableAlignsColumns()
    {
        var text = MatrixTable.Render(s_result, markdown: false, includeTimes: true);

        Assert.Equal(
            "Variant     Inv                   Live         Distinct states    Time\n" +
            "A           violated (12 states)  unsupported             1234  1.50 s\n" +
            "LongerName  holds                 -                          -  0.25 s\n",
            text);
    }

    [Fact]
    public void Matrix_MarkdownTableRightAlignsNumbersAndCanOmitTimes()
    {
        var text = MatrixTable.Render(s_result, markdown: true, includeTimes: false);

        Assert.Equal(
            "| Variant    | Inv                  | Live        | Distinct states |\n" +
            "| ---------- | -------------------- | ----------- | --------------: |\n" +
            "| A          | violated (12 states) | unsupported |            1234 |\n" +
            "| LongerName | holds                | -           |               - |\n",
            text);
    }

    [Fact]
    public void Matrix_FolderWithTwoSpecsNeedsSpecOption()
    {
        using var temp = new TempDirectory();
        temp.Write("A.tla", "---- MODULE A ----\n====\n");
        temp.Write("B.tla", "---- MODULE B ----\n====\n");
        temp.Write("A.cfg", string.Empty);
        var stderr = new StringWriter();

        var code = MatrixCommand.Run(new MatrixRequest(temp.Path, null, 1, false, false, true, null), new StringWriter(), stderr);

        Assert.Equal((int)Verdict.SpecError, code);
        Assert.Contains("--spec", stderr.ToString(), StringComparison.Ordinal);
    }
}
