using System.Text.Encodings.Web;
using System.Text.Json;

namespace ModelCheck.Cli.Output;

/// <summary>How the JSON files we write (check and bench reports) are laid out.</summary>
internal static class JsonOutput
{
    /// <summary>Indented, with <c>\n</c> line endings, and TLA+ text kept as written.</summary>
    /// <remarks>
    /// Why the relaxed encoder: the default one escapes characters that matter only inside HTML, and
    /// TLA+ is full of them: a message about <c>x' &gt; 2</c> read <c>x\u0027 \u003E 2</c>. These files
    /// are read by people and JSON parsers, never pasted into a page; quotes, backslashes and control
    /// characters are still escaped as JSON requires.
    /// </remarks>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
