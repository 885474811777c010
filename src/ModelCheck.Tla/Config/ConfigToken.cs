using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>A token of a configuration file.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">The text as written, except for strings, whose text is the unescaped content.</param>
/// <param name="Span">Where it is; <see cref="SourceSpan.EndColumn"/> is one past its last character.</param>
internal readonly record struct ConfigToken(ConfigTokenKind Kind, string Text, SourceSpan Span)
{
    /// <summary>How the token is named in a message: <c>'x'</c>, or "end of file".</summary>
    public string Describe() => Kind switch
    {
        ConfigTokenKind.End => "end of file",
        ConfigTokenKind.String => $"string \"{Text}\"",
        _ => $"'{Text}'",
    };
}
