using System.Globalization;
using System.Text;

namespace ModelCheck.Cli.Matrix;

/// <summary>Prints a <see cref="MatrixResult"/> as aligned text or as a GitHub Markdown table.</summary>
internal static class MatrixTable
{
    /// <summary>
    /// Renders the table: one row per variant, one column per property, then the distinct states and, unless
    /// <paramref name="includeTimes"/> is false, the wall time (the only column that differs between runs).
    /// </summary>
    public static string Render(MatrixResult result, bool markdown, bool includeTimes)
    {
        var header = new List<string> { "Variant" };
        header.AddRange(result.Columns.Select(c => c.Name));
        header.Add("Distinct states");
        if (includeTimes)
        {
            header.Add("Time");
        }

        var rows = new List<string[]> { header.ToArray() };
        foreach (var variant in result.Variants)
        {
            var row = new List<string> { variant.Name };
            foreach (var column in result.Columns)
            {
                row.Add(variant.Cells.TryGetValue(column.Name, out var cell) ? cell.Text : MatrixCell.NotListed.Text);
            }

            row.Add(variant.DistinctStates?.ToString(CultureInfo.InvariantCulture) ?? "-");
            if (includeTimes)
            {
                row.Add(string.Create(CultureInfo.InvariantCulture, $"{variant.Elapsed.TotalSeconds:F2} s"));
            }

            rows.Add([.. row]);
        }

        // Numbers read best right-aligned: the state count and the time.
        var numeric = Enumerable.Range(0, header.Count).Select(i => i >= result.Columns.Count + 1).ToArray();
        var widths = new int[header.Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var builder = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            AppendRow(builder, rows[r], widths, numeric, markdown);
            if (r == 0 && markdown)
            {
                AppendSeparator(builder, widths, numeric);
            }
        }

        return builder.ToString();
    }

    private static void AppendRow(StringBuilder builder, string[] cells, int[] widths, bool[] numeric, bool markdown)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var text = numeric[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]);
            if (markdown)
            {
                line.Append("| ").Append(text).Append(' ');
            }
            else
            {
                line.Append(i == 0 ? string.Empty : "  ").Append(text);
            }
        }

        if (markdown)
        {
            line.Append('|');
        }

        builder.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static void AppendSeparator(StringBuilder builder, int[] widths, bool[] numeric)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            // Markdown needs at least three dashes; the colon marks right alignment.
            var width = Math.Max(3, widths[i]);
            builder.Append("| ").Append(numeric[i] ? new string('-', width - 1) + ":" : new string('-', width)).Append(' ');
        }

        builder.Append("|\n");
    }
}
