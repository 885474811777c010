using System.Text;

namespace ModelCheck.Traces.Mermaid;

/// <summary>Text as Mermaid sequence diagrams take it: shortened, then escaped with Mermaid's entity codes.</summary>
internal static class MermaidText
{
    /// <summary>What a shortened text ends with.</summary>
    public const string Ellipsis = "...";

    /// <summary>
    /// Escapes <paramref name="text"/> for a message, note, alias or title: <c>;</c> would end the
    /// statement and <c>#</c> starts an entity code, so both are written as codes (<c>#59;</c>,
    /// <c>#35;</c>); quotes, <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become named codes so that the
    /// renderer never reads TLA+'s <c>&lt;&lt;a, b&gt;&gt;</c> as HTML.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '#': builder.Append("#35;"); break;
                case ';': builder.Append("#59;"); break;
                case '"': builder.Append("#quot;"); break;
                case '<': builder.Append("#lt;"); break;
                case '>': builder.Append("#gt;"); break;
                case '&': builder.Append("#amp;"); break;
                case '\r' or '\n' or '\t': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters, ending with <see cref="Ellipsis"/> when cut.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - Ellipsis.Length;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, Math.Max(0, keep)), Ellipsis);
    }
}
