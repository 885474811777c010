using System.Globalization;
using System.Text;

namespace ModelCheck.Engine.Diagnostics;

/// <summary>
/// Turns a <see cref="Diagnostic"/> into the text shown to the user: a <c>file:line:col: error CODE: message</c> line
/// (the format editors and TLC users know how to jump to), then the source line with carets under the span:
/// <code>
/// Spec.tla:12:12: error TLA0201: unexpected token 'THEN'
///    12 | Init == IF THEN x
///       |            ^^^^
/// </code>
/// </summary>
/// <remarks>
/// Spans are read with <see cref="SourceSpan.EndColumn"/> one past the last character (so a 4-character token at column 12
/// has end column 16); a span ending where it starts still gets one caret. A span over several lines gets one caret at its
/// start. Tabs before the span are copied into the caret line so that the carets line up whatever the tab width.
/// </remarks>
internal static class DiagnosticRenderer
{
    /// <summary>Narrowest gutter for line numbers, so that short files still look like the compilers users know.</summary>
    private const int MinGutterWidth = 5;

    /// <summary>Renders <paramref name="diagnostic"/>; every line, the last included, ends with <c>\n</c>.</summary>
    /// <param name="diagnostic">What to show.</param>
    /// <param name="readSource">
    /// Maps the span's <see cref="SourceSpan.File"/> to the file's text, or null when it is not available; then only the
    /// first line is printed. It is not called for diagnostics without a location.
    /// </param>
    /// <param name="severity">The word before the code: <c>error</c>, or <c>warning</c> for what the run goes on despite.</param>
    public static string Render(Diagnostic diagnostic, Func<string, string?> readSource, string severity = "error")
    {
        var span = diagnostic.Span;
        var output = new StringBuilder();
        if (!span.IsKnown)
        {
            return output.Append(CultureInfo.InvariantCulture, $"{severity} {diagnostic.Code}: {diagnostic.Message}\n").ToString();
        }

        output.Append(CultureInfo.InvariantCulture, $"{span}: {severity} {diagnostic.Code}: {diagnostic.Message}\n");
        var source = readSource(span.File);
        if (source is null || !TryGetLine(source, span.Line, out var line))
        {
            return output.ToString();
        }

        var number = span.Line.ToString(CultureInfo.InvariantCulture);
        var gutter = Math.Max(MinGutterWidth, number.Length + 1);
        output.Append(number.PadLeft(gutter)).Append(" | ").Append(line).Append('\n');

        // Why: a column past the end of the line means "after the last character" (something missing at the end).
        var column = Math.Clamp(span.Column, 1, line.Length + 1);
        var width = span.EndLine == span.Line ? span.EndColumn - column : 1;
        width = Math.Clamp(width, 1, Math.Max(1, line.Length + 1 - column));

        output.Append(' ', gutter).Append(" | ");
        for (var i = 0; i < column - 1; i++)
        {
            output.Append(line[i] == '\t' ? '\t' : ' ');
        }

        return output.Append('^', width).Append('\n').ToString();
    }

    /// <summary>Finds 1-based line <paramref name="number"/>, without its line terminator (<c>\n</c>, <c>\r\n</c> or <c>\r</c>).</summary>
    private static bool TryGetLine(string source, int number, out string line)
    {
        var start = 0;
        for (var current = 1; current < number; current++)
        {
            var end = source.AsSpan(start).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                line = string.Empty;
                return false;
            }

            start += end;
            start += source[start] == '\r' && start + 1 < source.Length && source[start + 1] == '\n' ? 2 : 1;
        }

        if (start > source.Length)
        {
            line = string.Empty;
            return false;
        }

        var length = source.AsSpan(start).IndexOfAny('\r', '\n');
        line = length < 0 ? source[start..] : source.Substring(start, length);
        return true;
    }
}
