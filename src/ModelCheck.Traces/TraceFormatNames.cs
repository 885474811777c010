namespace ModelCheck.Traces;

/// <summary>The names of <see cref="TraceFormats"/> on the command line and the file extension of each.</summary>
internal static class TraceFormatNames
{
    /// <summary>Every format with its name and extension, in the order files are written.</summary>
    public static IReadOnlyList<(TraceFormats Format, string Name, string Extension)> All { get; } =
    [
        (TraceFormats.Text, "text", ".txt"),
        (TraceFormats.Itf, "itf", ".itf.json"),
        (TraceFormats.Mermaid, "mermaid", ".mmd"),
        (TraceFormats.Dot, "dot", ".dot"),
    ];

    /// <summary>The names, comma-separated, for help and error messages.</summary>
    public static string Known => string.Join(",", All.Select(f => f.Name));

    /// <summary>
    /// Parses a comma-separated list such as <c>text,itf</c> (case-insensitive, repeats allowed);
    /// false, with <paramref name="error"/> naming the unknown word, when a name is not a format.
    /// </summary>
    public static bool TryParse(IEnumerable<string> values, out TraceFormats formats, out string? error)
    {
        formats = TraceFormats.None;
        foreach (var value in values)
        {
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var match = All.FirstOrDefault(f => f.Name.Equals(part, StringComparison.OrdinalIgnoreCase));
                if (match.Format == TraceFormats.None)
                {
                    error = $"unknown trace format '{part}' (known: {Known})";
                    return false;
                }

                formats |= match.Format;
            }
        }

        error = null;
        return true;
    }
}
