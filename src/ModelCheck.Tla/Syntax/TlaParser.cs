using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>Entry point of the TLA+ front end: text of one .tla file in, module AST or diagnostics out.</summary>
internal static class TlaParser
{
    /// <summary>
    /// Parses one .tla file's text. <paramref name="file"/> is the path to put in spans (as given, not
    /// absolutized). Returns the first top-level module, or null with one diagnostic appended to
    /// <paramref name="diagnostics"/> on the first lexical or syntax error.
    /// </summary>
    public static ModuleDef? ParseModule(string text, string file, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            var tokens = Lexer.Tokenize(text, file);
            return new Parser(tokens, file).ParseFile();
        }
        catch (DiagnosticException ex)
        {
            diagnostics.Add(ex.Diagnostic);
            return null;
        }
    }
}
