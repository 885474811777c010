using ModelCheck.Tla.Syntax;
using Xunit;

namespace ModelCheck.Tests.Syntax;

public sealed class LexerTests
{
    [Fact]
    public void Lexer_ReportsUnterminatedString()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == "abc
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.UnterminatedString, error.Code);
        Assert.Equal("unterminated string", error.Message);
        Assert.Equal((2, 6), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Lexer_ReportsUnterminatedComment()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == 1
              (* outer (* inner *)
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.UnterminatedComment, error.Code);
        Assert.Equal((3, 3), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Lexer_ReportsUnknownEscapeInString()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == "a\qb"
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.InvalidEscape, error.Code);
        Assert.Equal((2, 8), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Lexer_ReportsUnknownBackslashOperator()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == a \foo b
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.UnknownOperator, error.Code);
        Assert.Equal("unknown operator '\\foo'", error.Message);
        Assert.Equal((2, 8, 12), (error.Span.Line, error.Span.Column, error.Span.EndColumn));
    }

    [Fact]
    public void Lexer_ReportsUnexpectedCharacter()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == 1 ; 2
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.UnexpectedCharacter, error.Code);
        Assert.Equal((2, 8), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Lexer_ReportsNumberTooLarge()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X ==   99999999999999999999
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.InvalidNumber, error.Code);
        Assert.Equal((2, 8), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Lexer_ReportsMissingModuleHeader()
    {
        var error = ParseHelper.ParseError("X == 1\n====\n");

        Assert.Equal(SyntaxErrorCodes.MissingModuleHeader, error.Code);
        Assert.Equal((1, 1), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Lexer_ReadsStringEscapesAndNumberBases()
    {
        Assert.Equal("<<\"q\"\\\n\t\" 5 15 255 42>>", ParseHelper.PrintExpr("""<<"q\"\\\n\t", \b101, \o17, \hFF, 42>>"""));
    }

    [Fact]
    public void Lexer_SkipsLineAndNestedBlockComments()
    {
        Assert.Equal("(+ 1 2)", ParseHelper.PrintExpr("1 (* a (* nested *) comment *) + \\* rest of line\n 2"));
    }

    [Fact]
    public void Lexer_IgnoresTextOutsideTheModule()
    {
        var module = ParseHelper.Parse("""
            Free text with "an unterminated string and (* an open comment
            ------------------------------ MODULE Outside ------------------------------
            X == 1
            ==============================================================================
            Trailing notes: \foo "also unterminated
            """);

        Assert.Equal("Outside", module.Name);
        Assert.Equal(2, module.Span.Line);
        Assert.Single(module.Units);
    }

    [Fact]
    public void Lexer_SkipsPlusCalInComments()
    {
        var module = ParseHelper.Parse("""
            ---- MODULE M ----
            (*--algorithm a
            variables x = 0;
            begin L: x := x + 1; \* "not a string
            end algorithm; *)
            X == 1
            ====
            """);

        Assert.Equal("X == 1", AstPrinter.Print(Assert.Single(module.Units)));
    }

    [Fact]
    public void Lexer_AcceptsUnicodeSymbols()
    {
        Assert.Equal("(/\\ (\\in x S) (\\A y \\in S : (<= y x)))", ParseHelper.PrintExpr("x ∈ S ∧ ∀ y ∈ S : y ≤ x"));
    }

    [Fact]
    public void Lexer_CountsLinesAcrossCrLfAndComments()
    {
        var error = ParseHelper.ParseError("---- MODULE M ----\r\n(* one\r\n two *)\r\nX == \"open\r\n====\r\n");

        Assert.Equal(SyntaxErrorCodes.UnterminatedString, error.Code);
        Assert.Equal((4, 6), (error.Span.Line, error.Span.Column));
    }
}
