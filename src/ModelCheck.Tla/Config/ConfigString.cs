using System.Text;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>A string literal, <c>"x"</c>; <see cref="Value"/> has the escapes (<c>\"</c>, <c>\\</c>, <c>\n</c>, ...) resolved.</summary>
/// <param name="Span">Where the value is written, quotes included.</param>
/// <param name="Value">The characters of the string.</param>
internal sealed record ConfigString(SourceSpan Span, string Value) : ConfigValue(Span)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder(Value.Length + 2).Append('"');
        foreach (var c in Value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\t' => text.Append("\\t"),
                '\r' => text.Append("\\r"),
                '\f' => text.Append("\\f"),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }
}
