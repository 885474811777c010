using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Config;
using Xunit;

namespace ModelCheck.Tests.Config;

public sealed class ConfigParserTests
{
    private const string File = "Test.cfg";

    [Fact]
    public void ConfigParser_ReadsConstantsSpecificationAndInvariantWithoutTrailingNewline()
    {
        var config = ParseOk("""
            CONSTANTS N = 4 K = 30
            SPECIFICATION Spec
            INVARIANT TypeOK
            """);

        Assert.Equal(File, config.File);
        Assert.Equal("Spec", config.Specification);
        Assert.Equal(new SourceSpan(File, 2, 15, 2, 19), config.SpecificationSpan);
        Assert.Null(config.Init);
        Assert.Equal(SourceSpan.None, config.InitSpan);
        Assert.Null(config.Next);
        Assert.Equal(["N = 4", "K = 30"], config.Constants.Select(c => $"{c.Name} = {c.Value}"));
        Assert.Equal(new SourceSpan(File, 1, 11, 1, 12), config.Constants[0].Span);
        Assert.Equal(new SourceSpan(File, 1, 15, 1, 16), config.Constants[0].Value!.Span);
        var invariant = Assert.Single(config.Invariants);
        Assert.Equal(new ConfigName("TypeOK", new SourceSpan(File, 3, 11, 3, 17)), invariant);
        Assert.Null(config.CheckDeadlock);
    }

    [Fact]
    public void ConfigParser_ReadsModelValueSets()
    {
        var config = ParseOk("""
            CONSTANT
              Data = {d1, d2, d3}
              Quorums = {{r1, r2}, {r2, r3}, {}}
            """);

        var data = Assert.IsType<ConfigSet>(config.Constants[0].Value);
        Assert.Equal(["d1", "d2", "d3"], data.Elements.Select(e => Assert.IsType<ConfigModelValue>(e).Name));
        Assert.Equal(new SourceSpan(File, 2, 10, 2, 22), data.Span);
        var quorums = Assert.IsType<ConfigSet>(config.Constants[1].Value);
        Assert.Equal(3, quorums.Elements.Length);
        Assert.Empty(Assert.IsType<ConfigSet>(quorums.Elements[2]).Elements);
        Assert.Equal("{{r1, r2}, {r2, r3}, {}}", quorums.ToString());
    }

    [Fact]
    public void ConfigParser_ReadsModelValueAssignment()
    {
        var config = ParseOk("""
            CONSTANT
                NoNode = NoNode
            """);

        var constant = Assert.Single(config.Constants);
        Assert.Equal("NoNode", constant.Name);
        Assert.Equal("NoNode", Assert.IsType<ConfigModelValue>(constant.Value).Name);
        Assert.Null(constant.Replacement);
        Assert.Null(constant.Module);
    }

    [Fact]
    public void ConfigParser_ReadsOverridesAndModuleScopedAssignments()
    {
        var config = ParseOk("""
            CONSTANTS
                Nat <- NatOverride
                Op <- [Mod] Def
                N = [Mod] 3
            """);

        Assert.Equal(3, config.Constants.Length);
        Assert.Equal(new ConfigConstant("Nat", new SourceSpan(File, 2, 5, 2, 8), null, "NatOverride", null), config.Constants[0]);
        Assert.Equal(new ConfigConstant("Op", new SourceSpan(File, 3, 5, 3, 7), null, "Def", "Mod"), config.Constants[1]);
        var scoped = config.Constants[2];
        Assert.Equal(("N", "Mod", (string?)null), (scoped.Name, scoped.Module, scoped.Replacement));
        Assert.Equal(3, Assert.IsType<ConfigInt>(scoped.Value).Value);
    }

    [Fact]
    public void ConfigParser_ReadsEveryValueKind()
    {
        var config = ParseOk("""
            CONSTANTS
              A = -7
              B = "say \"hi\"\n"
              C = TRUE
              D = FALSE
              E = <<1, "x", {a}, <<>>>>
              F = {}
              G = 9223372036854775807
            """);

        var values = config.Constants.Select(c => c.Value!).ToArray();
        Assert.Equal(-7, Assert.IsType<ConfigInt>(values[0]).Value);
        Assert.Equal(new SourceSpan(File, 2, 7, 2, 9), values[0].Span);
        Assert.Equal("say \"hi\"\n", Assert.IsType<ConfigString>(values[1]).Value);
        Assert.True(Assert.IsType<ConfigBool>(values[2]).Value);
        Assert.False(Assert.IsType<ConfigBool>(values[3]).Value);
        var tuple = Assert.IsType<ConfigTuple>(values[4]);
        Assert.Equal(4, tuple.Elements.Length);
        Assert.Equal("<<1, \"x\", {a}, <<>>>>", tuple.ToString());
        Assert.Empty(Assert.IsType<ConfigSet>(values[5]).Elements);
        Assert.Equal(long.MaxValue, Assert.IsType<ConfigInt>(values[6]).Value);
        Assert.Equal("\"say \\\"hi\\\"\\n\"", values[1].ToString());
    }

    [Fact]
    public void ConfigParser_ReadsEverySection()
    {
        var config = ParseOk("""
            INIT Init
            NEXT Next
            INVARIANT Inv1
            INVARIANTS Inv2
              Inv3
            PROPERTY P1
            PROPERTIES P2 P3
            CONSTRAINT C1
            CONSTRAINTS C2
            ACTION_CONSTRAINT A1
            ACTION_CONSTRAINTS A2
            SYMMETRY Perms
            VIEW Vars
            ALIAS Al
            POSTCONDITION Post
            CHECK_DEADLOCK FALSE
            """);

        Assert.Equal(("Init", "Next"), (config.Init, config.Next));
        Assert.Equal(new SourceSpan(File, 2, 6, 2, 10), config.NextSpan);
        Assert.Equal(["Inv1", "Inv2", "Inv3"], config.Invariants.Select(n => n.Name));
        Assert.Equal(["P1", "P2", "P3"], config.Properties.Select(n => n.Name));
        Assert.Equal(["C1", "C2"], config.Constraints.Select(n => n.Name));
        Assert.Equal(["A1", "A2"], config.ActionConstraints.Select(n => n.Name));
        Assert.Equal("Perms", config.Symmetry?.Name);
        Assert.Equal("Vars", config.View?.Name);
        Assert.Equal("Al", config.Alias?.Name);
        Assert.Equal("Post", config.PostCondition?.Name);
        Assert.False(config.CheckDeadlock);
        Assert.True(ParseOk("CHECK_DEADLOCK TRUE").CheckDeadlock);
    }

    [Fact]
    public void ConfigParser_SkipsLineAndNestedBlockComments()
    {
        var config = ParseOk("""
            (***************************************)
            (* A header (* with a nested one *)   *)
            (***************************************)
            SPECIFICATION (* inline *) Spec \* trailing
               \* INVARIANT NotThis
            PROPERTY ErrorTemporal (* NonZeno ImpliedTemporal *)
            \*PROPERTIES DeadlockFree
            """);

        Assert.Equal("Spec", config.Specification);
        Assert.Equal(new SourceSpan(File, 4, 28, 4, 32), config.SpecificationSpan);
        Assert.Empty(config.Invariants);
        Assert.Equal(["ErrorTemporal"], config.Properties.Select(n => n.Name));
    }

    [Fact]
    public void ConfigParser_AcceptsCommasBetweenNamesAndAssignments()
    {
        var config = ParseOk("""
            INVARIANTS TypeOK, Safe ,Inv
            CONSTANTS N = 1, M = 2
            """);

        Assert.Equal(["TypeOK", "Safe", "Inv"], config.Invariants.Select(n => n.Name));
        Assert.Equal(["N", "M"], config.Constants.Select(c => c.Name));
    }

    [Fact]
    public void ConfigParser_JoinsInstanceQualifiedConstantNames()
    {
        var constant = Assert.Single(ParseOk("CONSTANT inst!Op <- Def").Constants);

        Assert.Equal("inst!Op", constant.Name);
        Assert.Equal(new SourceSpan(File, 1, 10, 1, 17), constant.Span);
    }

    [Fact]
    public void ConfigParser_CountsLinesAcrossCrLfAndTabs()
    {
        var config = ParseOk("CONSTANT\r\n\tN = 3\r\nINIT Init\r\n");

        Assert.Equal(new SourceSpan(File, 2, 2, 2, 3), config.Constants[0].Span);
        Assert.Equal(new SourceSpan(File, 3, 6, 3, 10), config.InitSpan);
    }

    [Fact]
    public void ConfigParser_ReadsEmptyFileAndEmptySections()
    {
        Assert.Empty(ParseOk(string.Empty).Constants);
        var config = ParseOk("CONSTANTS\nINVARIANTS\nSPECIFICATION Spec\n");
        Assert.Empty(config.Constants);
        Assert.Empty(config.Invariants);
        Assert.Equal("Spec", config.Specification);
    }

    [Fact]
    public void ConfigParser_ReadsEchoConfigWithOverridesAndNoFinalNewline()
    {
        var config = ParseOk("""
            CONSTANTS
                Node <- N1
                initiator <- I1
                R <- R1

            CONSTANT
                NoNode = NoNode

            SPECIFICATION
                TestSpec

            INVARIANT
                TypeOK
                AncestorProperties
            """);

        Assert.Equal(
            """
            SPECIFICATION TestSpec  @10:5-10:13
            CONSTANT Node <- N1  @2:5-2:9
            CONSTANT initiator <- I1  @3:5-3:14
            CONSTANT R <- R1  @4:5-4:6
            CONSTANT NoNode = NoNode  @7:5-7:11
            INVARIANT TypeOK  @13:5-13:11
            INVARIANT AncestorProperties  @14:5-14:23

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            ConfigDump.Format(config));
    }

    [Fact]
    public void ConfigParser_RejectsUnknownKeyword()
    {
        var error = ParseError("""
            SPECIFICATION Spec
            INITIAL Init
            """);

        AssertAt(error, "CFG0105", 2, 1);
        Assert.Contains("'INITIAL'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigParser_RejectsLowercaseKeyword()
    {
        AssertAt(ParseError("init Init"), "CFG0105", 1, 1);
    }

    [Fact]
    public void ConfigParser_RejectsExtraNameAfterSingleNameSection()
    {
        AssertAt(ParseError("INIT Init Other"), "CFG0105", 1, 11);
    }

    [Fact]
    public void ConfigParser_RejectsMissingValueAfterEquals()
    {
        var error = ParseError("""
            CONSTANT N =
            INVARIANT Inv
            """);

        AssertAt(error, "CFG0102", 1, 13);
        Assert.StartsWith("expected a value after '=' in CONSTANT N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigParser_RejectsMissingValueAtEndOfFile()
    {
        AssertAt(ParseError("CONSTANT N = "), "CFG0102", 1, 13);
    }

    [Fact]
    public void ConfigParser_RejectsBadTokenInValue()
    {
        var error = ParseError("CONSTANT S = {a, )}");

        AssertAt(error, "CFG0102", 1, 18);
        Assert.Contains("in the set in CONSTANT S", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INIT A\nINIT B", 2, "INIT")]
    [InlineData("NEXT A\n\nNEXT B", 3, "NEXT")]
    [InlineData("SPECIFICATION A SPECIFICATION B", 1, "SPECIFICATION")]
    [InlineData("SYMMETRY A\nSYMMETRY B", 2, "SYMMETRY")]
    [InlineData("CHECK_DEADLOCK TRUE\nCHECK_DEADLOCK FALSE", 2, "CHECK_DEADLOCK")]
    public void ConfigParser_RejectsSingleValueSectionGivenTwice(string text, int line, string keyword)
    {
        var error = ParseError(text);

        Assert.Equal("CFG0106", error.Code);
        Assert.Equal(line, error.Span.Line);
        Assert.StartsWith($"{keyword} is given twice (first at line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigParser_RejectsMissingNameAfterInit()
    {
        var error = ParseError("""
            INIT
            NEXT Next
            """);

        AssertAt(error, "CFG0107", 1, 5);
    }

    [Fact]
    public void ConfigParser_RejectsCheckDeadlockWithoutBoolean()
    {
        AssertAt(ParseError("CHECK_DEADLOCK no"), "CFG0108", 1, 16);
    }

    [Fact]
    public void ConfigParser_RejectsConstantWithoutEqualsOrArrow()
    {
        var error = ParseError("CONSTANT N 3");

        AssertAt(error, "CFG0109", 1, 12);
        Assert.Equal("expected '=' or '<-' after CONSTANT N, found '3'", error.Message);
    }

    [Fact]
    public void ConfigParser_RejectsMissingReplacementAfterArrow()
    {
        AssertAt(ParseError("CONSTANT Nat <- 3"), "CFG0110", 1, 17);
    }

    [Fact]
    public void ConfigParser_RejectsUnclosedModuleScope()
    {
        AssertAt(ParseError("CONSTANT Op <- [Mod Def"), "CFG0111", 1, 21);
    }

    [Fact]
    public void ConfigParser_RejectsUnclosedSet()
    {
        var error = ParseError("""
            CONSTANT S = {a, b
            INIT Init
            """);

        AssertAt(error, "CFG0112", 1, 19);
        Assert.Contains("(opened at 1:14)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigParser_RejectsUnclosedTuple()
    {
        AssertAt(ParseError("CONSTANT T = <<1, 2}"), "CFG0113", 1, 20);
    }

    [Fact]
    public void ConfigParser_RejectsUnexpectedCharacter()
    {
        var error = ParseError("CONSTANT N = 3.5");

        AssertAt(error, "CFG0101", 1, 15);
        Assert.Equal(new SourceSpan(File, 1, 15, 1, 16), error.Span);
    }

    [Fact]
    public void ConfigParser_RejectsUnterminatedString()
    {
        AssertAt(ParseError("CONSTANT S = \"abc\nINIT Init"), "CFG0103", 1, 14);
    }

    [Fact]
    public void ConfigParser_RejectsUnclosedComment()
    {
        AssertAt(ParseError("INIT Init\n  (* never (* closed *)\nNEXT Next"), "CFG0104", 2, 3);
    }

    [Fact]
    public void ConfigParser_RejectsNonNameInInvariantSection()
    {
        AssertAt(ParseError("INVARIANT TypeOK 42"), "CFG0115", 1, 18);
    }

    [Fact]
    public void ConfigParser_RejectsIntegerOutOfRange()
    {
        AssertAt(ParseError("CONSTANT N = 99999999999999999999"), "CFG0114", 1, 14);
    }

    [Fact]
    public void ConfigParser_RejectsConstantOperatorDefinedByCases()
    {
        AssertAt(ParseError("CONSTANT F(1) = 2"), "CFG0117", 1, 11);
    }

    [Fact]
    public void ConfigParser_RejectsDeepNestingWithoutOverflowingTheStack()
    {
        var error = ParseError("CONSTANT S = " + new string('{', 100_000) + new string('}', 100_000));

        Assert.Equal("CFG0118", error.Code);
    }

    [Fact]
    public void ConfigParser_ReportsOneErrorPerSectionAndKeepsGoing()
    {
        var diagnostics = new List<Diagnostic> { new("EARLIER", SourceSpan.None, "kept") };

        var config = ConfigParser.Parse("""
            CONSTANT N = 3 M 4 K = }
            INVARIANT 7 8
            SPECIFICATION Spec
            SPECIFICATION Again
            """, File, diagnostics);

        Assert.Null(config);
        Assert.Equal(["EARLIER", "CFG0109", "CFG0115", "CFG0106"], diagnostics.Select(d => d.Code));
        Assert.Equal([0, 1, 2, 4], diagnostics.Select(d => d.Span.Line));
        Assert.All(diagnostics.Skip(1), d => Assert.Equal(File, d.Span.File));
    }

    [Fact]
    public void ConfigParser_NeverThrowsOnGarbage()
    {
        string[] pieces =
        [
            "CONSTANT", "CONSTANTS", "INIT", "NEXT", "INVARIANT", "CHECK_DEADLOCK", "SPECIFICATION", "TRUE", "x", "N", "42", "-",
            "=", "<-", "<<", ">>", "{", "}", "[", "]", "(", ")", ",", "!", "\"s\"", "\"", "(*", "*)", "\\*", "\n", " ", "\r", "\t",
            "<", ">", ".", "\\", "é", "\uFEFF",
        ];
        var random = new Random(20_240_531);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? " " : string.Empty)));
            var diagnostics = new List<Diagnostic>();

            var config = ConfigParser.Parse(text, File, diagnostics);

            Assert.True((config is null) == (diagnostics.Count > 0), text);
            Assert.All(diagnostics, d => Assert.True(d.Span.IsKnown && d.Code.StartsWith("CFG01", StringComparison.Ordinal) && d.Code != "CFG0199", $"{d} for: {text}"));
        }
    }

    private static ModelConfig ParseOk(string text)
    {
        var diagnostics = new List<Diagnostic>();

        var config = ConfigParser.Parse(text, File, diagnostics);

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        Assert.NotNull(config);
        return config;
    }

    private static Diagnostic ParseError(string text)
    {
        var diagnostics = new List<Diagnostic>();

        var config = ConfigParser.Parse(text, File, diagnostics);

        Assert.Null(config);
        return Assert.Single(diagnostics);
    }

    private static void AssertAt(Diagnostic error, string code, int line, int column)
    {
        Assert.True(
            (error.Code, error.Span.File, error.Span.Line, error.Span.Column) == (code, File, line, column),
            $"expected {code} at {File}:{line}:{column}, got {error}");
    }
}
