using System.Globalization;
using System.Text;

namespace ModelCheck.Traces.Itf;

/// <summary>JSON text pieces for the ITF writer: string literals escaped as RFC 8259 requires, nothing else.</summary>
/// <remarks>
/// Why not Utf8JsonWriter: its layout is all-or-nothing (every <c>{"#bigint": "1"}</c> on three lines
/// when indented); a trace reads best with one line per variable, so the writer lays lines out itself.
/// </remarks>
internal static class ItfJson
{
    /// <summary>Appends <paramref name="text"/> as a JSON string literal; non-ASCII text stays as it is (the file is UTF-8).</summary>
    public static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ' || IsLoneSurrogate(text, i))
                    {
                        // Why: a lone surrogate cannot be written as UTF-8; escaped, it survives the round trip.
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static bool IsLoneSurrogate(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }
}
