using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Syntax;
using Xunit;

namespace ModelCheck.Tests.Syntax;

public sealed class ParserErrorTests
{
    [Fact]
    public void Parser_RejectsUnclosedTuple()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == <<1, 2
            Y == 3
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.UnclosedBracket, error.Code);
        Assert.Equal("expected '>>' to close '<<' opened at 2:6, but found token 'Y'", error.Message);
        Assert.Equal((3, 1), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Parser_RejectsUnclosedParenthesis()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == f(1, (2 + 3)
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.UnclosedBracket, error.Code);
        Assert.StartsWith("expected ')' to close '(' opened at 2:7", error.Message, StringComparison.Ordinal);
        Assert.Equal((3, 1), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Parser_ReportsUnexpectedToken()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == IF THEN 1 ELSE 2
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.UnexpectedToken, error.Code);
        Assert.Equal("unexpected token 'THEN'", error.Message);
        Assert.Equal((2, 9, 2, 13), (error.Span.Line, error.Span.Column, error.Span.EndLine, error.Span.EndColumn));
    }

    [Fact]
    public void Parser_ReportsMissingKeyword()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == IF a THEN 1
            Y == 2
            ====
            """);

        Assert.Equal("expected 'ELSE' but found token 'Y'", error.Message);
        Assert.Equal((3, 1), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Parser_ReportsMissingDefinitionEquals()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X = 1
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.UnexpectedToken, error.Code);
        Assert.Equal((2, 3), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Parser_ReportsMissingModuleEnd()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == 1
            """);

        Assert.Equal(SyntaxErrorCodes.MissingModuleEnd, error.Code);
        Assert.Equal("expected '====' to end module 'M' begun at 1:1, but found end of file", error.Message);
        Assert.Equal(2, error.Span.Line);
    }

    [Fact]
    public void Parser_ReportsBulletItemThatIsNotRightOfItsBullet()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == /\ a =
                 /\ b
            ====
            """);

        Assert.Equal(SyntaxErrorCodes.UnexpectedToken, error.Code);
        Assert.Contains("bullet at column 6", error.Message, StringComparison.Ordinal);
        Assert.Equal((3, 6), (error.Span.Line, error.Span.Column));
    }

    [Theory]
    [InlineData("a = b = c", 2, 12)]
    [InlineData("a /\\ b \\/ c", 2, 13)]
    [InlineData("S \\cup T \\cap U", 2, 15)]
    [InlineData("a + b % c", 2, 12)]
    [InlineData("DOMAIN f \\X S", 2, 15)]
    [InlineData("[]x = 1", 2, 10)]
    public void Parser_RejectsPrecedenceConflict(string expression, int line, int column)
    {
        var error = ParseHelper.ParseError($"---- MODULE M ----\nX == {expression}\n====\n");

        Assert.Equal(SyntaxErrorCodes.PrecedenceConflict, error.Code);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Parser_RejectsNonNameBinding()
    {
        var error = ParseHelper.ParseError("""
            ---- MODULE M ----
            X == \A 1 \in S : TRUE
            ====
            """);

        Assert.Equal((2, 9), (error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void Parser_ReportsDeepNestingInsteadOfCrashing()
    {
        string text = "---- MODULE M ----\nX == " + new string('(', 20_000) + "1" + new string(')', 20_000) + "\n====\n";
        var diagnostics = new List<Diagnostic>();

        // Why a thread with a known stack: the default test-runner stack size varies by platform.
        ModuleDef? module = null;
        var thread = new Thread(() => module = TlaParser.ParseModule(text, "Deep.tla", diagnostics), 1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(module);
        Assert.Equal(SyntaxErrorCodes.NestingTooDeep, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Parser_NeverThrowsOnTruncatedInput()
    {
        const string Spec = """
            ---- MODULE M ----
            EXTENDS Naturals
            CONSTANTS N, F(_)
            VARIABLES x, y
            Init == /\ x = [i \in 1..N |-> 0]
                    /\ y = <<"a\n", {z \in Nat : z > 1}>>
            Next == \E i \in 1..N : x' = [x EXCEPT ![i] = (@ + 1) % N] /\ UNCHANGED y
            Spec == Init /\ [][Next]_<<x, y>> /\ WF_x(Next)
            THEOREM Spec => []TRUE
            <1>1. QED OBVIOUS
            L == LET a == 1 IN CASE a = 1 -> 2 [] OTHER -> 3
            ====
            """;

        for (int length = 0; length <= Spec.Length; length++)
        {
            var diagnostics = new List<Diagnostic>();
            var module = TlaParser.ParseModule(Spec[..length], "Cut.tla", diagnostics);
            Assert.True(module is not null || diagnostics.Count == 1, $"length {length}");
            Assert.True(module is null || diagnostics.Count == 0, $"length {length}");
            Assert.All(diagnostics, d => Assert.True(d.Span.IsKnown, d.ToString()));
        }
    }
}
