using System.Diagnostics.CodeAnalysis;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>
/// Reads a TLC model configuration (<c>.cfg</c>) file, following TLC's own reader (<c>tlc2.tool.impl.ModelConfig</c>):
/// a sequence of sections, each a keyword followed by names or assignments, running across lines until the next keyword.
/// </summary>
/// <remarks>
/// Where we differ from TLC, we are more lenient or more precise, never stricter on files TLC accepts:
/// commas between names or assignments are skipped (TLC would take <c>,</c> for a name and fail later); negative
/// integers and <c>&lt;&lt; &gt;&gt;</c> tuples are values; a keyword where a value or name is expected is an error
/// (given <c>N =</c> and then a line <c>INVARIANT Inv</c>, TLC would take <c>INVARIANT</c> for a model value).
/// Not supported: constant operators given by cases (<c>F(1) = 2</c>), reported as <c>CFG0117</c>, and <c>TYPE_CONSTRAINT</c>.
/// </remarks>
internal static class ConfigParser
{
    /// <summary>Parses <paramref name="text"/>; never throws.</summary>
    /// <param name="text">The content of the configuration file.</param>
    /// <param name="file">The file name as the user gave it, used in every span.</param>
    /// <param name="diagnostics">Receives every error found (codes <c>CFG01xx</c>), each with its file, line and column.</param>
    /// <returns>The configuration, or null when there was any error.</returns>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Parse promises never to throw; a bug in the reader must surface as a diagnostic, not a crash of the checker.")]
    public static ModelConfig? Parse(string text, string file, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        try
        {
            var tokens = ConfigLexer.Tokenize(text, file, diagnostics);
            var config = ConfigReader.Read(tokens, file, diagnostics);
            return diagnostics.Count == before ? config : null;
        }
        catch (Exception ex)
        {
            diagnostics.Add(new Diagnostic("CFG0199", new SourceSpan(file, 1, 1, 1, 1), $"internal error while reading the configuration: {ex.Message}"));
            return null;
        }
    }
}
