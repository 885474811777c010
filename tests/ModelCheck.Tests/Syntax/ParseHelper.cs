using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Syntax;
using Xunit;

namespace ModelCheck.Tests.Syntax;

/// <summary>Shortcuts for parsing inline TLA+ in tests.</summary>
internal static class ParseHelper
{
    /// <summary>The file name put into spans by these helpers.</summary>
    public const string File = "Test.tla";

    /// <summary>Parses a whole file and asserts it produced a module and no diagnostic.</summary>
    public static ModuleDef Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var module = TlaParser.ParseModule(text, File, diagnostics);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        Assert.NotNull(module);
        return module;
    }

    /// <summary>Parses a whole file and asserts it failed with exactly one diagnostic, which is returned.</summary>
    public static Diagnostic ParseError(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var module = TlaParser.ParseModule(text, File, diagnostics);
        Assert.Null(module);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(File, diagnostic.Span.File);
        return diagnostic;
    }

    /// <summary>
    /// Parses <paramref name="expression"/> as the body of <c>X == ...</c> on line 2, column 6 of a
    /// module, and returns the body.
    /// </summary>
    public static Expr ParseExpr(string expression)
    {
        var module = Parse($"---- MODULE T ----\nX == {expression}\n====\n");
        var def = Assert.IsType<OperatorDef>(Assert.Single(module.Units));
        return def.Body;
    }

    /// <summary>The S-expression form of <see cref="ParseExpr"/>.</summary>
    public static string PrintExpr(string expression) => AstPrinter.Print(ParseExpr(expression));

    /// <summary>Parses units (without header or footer) and prints them one per line.</summary>
    public static string PrintUnits(string units)
    {
        string printed = AstPrinter.Print(Parse($"---- MODULE T ----\n{units}\n====\n"));
        return printed[(printed.IndexOf('\n', StringComparison.Ordinal) + 1)..].TrimEnd('\n');
    }
}
