using ModelCheck.Tla.Syntax;
using Xunit;

namespace ModelCheck.Tests.Syntax;

public sealed class ParserTests
{
    [Fact]
    public void Parser_NestsBulletedListsByColumn()
    {
        var module = ParseHelper.Parse("""
            ---- MODULE M ----
            Next == /\ x' = 1
                    /\ \/ y' = 2
                       \/ y' = 3
                    /\ z' = x
            ====
            """);

        var body = Assert.IsType<OperatorDef>(Assert.Single(module.Units)).Body;
        var conjunction = Assert.IsType<JunctionExpr>(body);
        Assert.True(conjunction.IsConjunction);
        Assert.Equal(3, conjunction.Items.Length);
        var disjunction = Assert.IsType<JunctionExpr>(conjunction.Items[1]);
        Assert.False(disjunction.IsConjunction);
        Assert.Equal(2, disjunction.Items.Length);
        Assert.Equal("(/\\ (= (' x) 1) (\\/ (= (' y) 2) (= (' y) 3)) (= (' z) x))", AstPrinter.Print(body));
    }

    [Fact]
    public void Parser_EndsBulletItemAtTokenLeftOfOrOnItsColumn()
    {
        // THEN is left of the bullets, so it closes the list that IF's condition started; the
        // operand of => continues the inner item because it lies right of the bullet.
        Assert.Equal("(IF (/\\ a b) c d)", ParseHelper.PrintExpr("""
            IF /\ a
                    /\ b
                 THEN c ELSE d
            """));
        Assert.Equal("(/\\ (=> a (\\/ b c)) (\\E x \\in S : (/\\ p q)) r)", ParseHelper.PrintExpr("""
            /\ a => \/ b
                    \/ c
                 /\ \E x \in S : /\ p
                                 /\ q
                 /\ r
            """));
    }

    [Fact]
    public void Parser_AcceptsBulletListsInsideBracketsAndAfterKeywords()
    {
        Assert.Equal("(LET [A == (/\\ a b)] (IF (\\/ c d) (/\\ e f) g))", ParseHelper.PrintExpr("""
            LET A == /\ a
                     /\ b
                 IN IF \/ c
                       \/ d
                    THEN /\ e
                         /\ f
                    ELSE g
            """));
        Assert.Equal("(f (/\\ a b) (\\/ c d))", ParseHelper.PrintExpr("""
            f(/\ a
                   /\ b,
                   \/ c
                   \/ d)
            """));
    }

    [Fact]
    public void Parser_FlattensInfixJunctionChains()
    {
        Assert.Equal("(/\\ a b c d)", ParseHelper.PrintExpr("a /\\ b /\\ c \\land d"));
        Assert.Equal("(\\/ a b c)", ParseHelper.PrintExpr("a \\/ b \\lor c"));
        Assert.Equal("(/\\ (\\/ a b) c)", ParseHelper.PrintExpr("(a \\/ b) /\\ c"));
    }

    [Theory]
    [InlineData("a + b * c", "(+ a (* b c))")]
    [InlineData("a * b + c", "(+ (* a b) c)")]
    [InlineData("a - b + c", "(+ (- a b) c)")]
    [InlineData("a + b + c", "(+ (+ a b) c)")]
    [InlineData("a = b + 1", "(= a (+ b 1))")]
    [InlineData("~ a = b /\\ c", "(/\\ (~ (= a b)) c)")]
    [InlineData("a \\/ b => c", "(=> (\\/ a b) c)")]
    [InlineData("a <=> b => c", "(=> (<=> a b) c)")]
    [InlineData("[]P => <>Q ~> R", "(=> ([] P) (~> (<> Q) R))")]
    [InlineData("x \\in S \\cup T \\cup U", "(\\in x (\\cup (\\cup S T) U))")]
    [InlineData("0 .. N + 1", "(.. 0 (+ N 1))")]
    [InlineData("-a^2", "(-. (^ a 2))")]
    [InlineData("a - -b", "(- a (-. b))")]
    [InlineData("SUBSET S \\cup T", "(\\cup (SUBSET S) T)")]
    [InlineData("DOMAIN f \\cup S", "(\\cup (DOMAIN f) S)")]
    [InlineData("~a \\/ b", "(\\/ (~ a) b)")]
    [InlineData("-a + b", "(+ (-. a) b)")]
    [InlineData("[](x = 1) /\\ <>P => Q", "(=> (/\\ ([] (= x 1)) (<> P)) Q)")]
    [InlineData("a \\X b \\X c", "(\\X a b c)")]
    [InlineData("(a \\X b) \\X c", "(\\X (\\X a b) c)")]
    [InlineData("f @@ a :> b @@ c :> d", "(@@ (@@ f (:> a b)) (:> c d))")]
    [InlineData("x' = y' + 1", "(= (' x) (+ (' y) 1))")]
    [InlineData("f[a, b].c'", "(' (. (fn f a b) c))")]
    [InlineData("x'[i]", "(fn (' x) i)")]
    [InlineData("r.a.b[1]", "(fn (. (. r a) b) 1)")]
    [InlineData("R^+ \\cup S", "(\\cup (^+ R) S)")]
    [InlineData("a \\prec b /\\ b \\preceq c", "(/\\ (\\prec a b) (\\preceq b c))")]
    [InlineData("a % b * c", "(% a (* b c))")]
    [InlineData("s \\o t \\o u", "(\\o (\\o s t) u)")]
    [InlineData("ENABLED A /\\ UNCHANGED x", "(/\\ (ENABLED A) (UNCHANGED x))")]
    public void Parser_RespectsOperatorPrecedence(string expression, string expected)
    {
        Assert.Equal(expected, ParseHelper.PrintExpr(expression));
    }

    [Theory]
    [InlineData("a # b", "(/= a b)")]
    [InlineData("a =< b", "(<= a b)")]
    [InlineData("a \\leq b", "(<= a b)")]
    [InlineData("a \\geq b", "(>= a b)")]
    [InlineData("\\lnot a", "(~ a)")]
    [InlineData("\\neg a", "(~ a)")]
    [InlineData("a \\equiv b", "(<=> a b)")]
    [InlineData("f \\circ g", "(\\o f g)")]
    [InlineData("S \\intersect T", "(\\cap S T)")]
    [InlineData("S \\union T", "(\\cup S T)")]
    [InlineData("S \\times T", "(\\X S T)")]
    [InlineData("a (+) b", "(\\oplus a b)")]
    [InlineData("a \\leadsto b", "(~> a b)")]
    [InlineData("x=<<1>>", "(= x <<1>>)")]
    public void Parser_NormalisesOperatorSynonyms(string expression, string expected)
    {
        Assert.Equal(expected, ParseHelper.PrintExpr(expression));
    }

    [Theory]
    [InlineData("\\A x, y \\in S, <<a, b>> \\in T : P", "(\\A x y \\in S, <<a b>> \\in T : P)")]
    [InlineData("\\E x \\in S : \\A y : x", "(\\E x \\in S : (\\A y : x))")]
    [InlineData("\\E x, y : P", "(\\E x y : P)")]
    [InlineData("\\AA x : \\EE y, z : P", "(\\AA x : (\\EE y z : P))")]
    [InlineData("CHOOSE x \\in S : x > 1", "(CHOOSE x \\in S : (> x 1))")]
    [InlineData("CHOOSE x : TRUE", "(CHOOSE x : TRUE)")]
    [InlineData("CHOOSE <<x, y>> \\in S \\X T : x = y", "(CHOOSE <<x y>> \\in (\\X S T) : (= x y))")]
    [InlineData("\\E x \\in S : P /\\ Q", "(\\E x \\in S : (/\\ P Q))")]
    public void Parser_ParsesQuantifiersAndChoose(string expression, string expected)
    {
        Assert.Equal(expected, ParseHelper.PrintExpr(expression));
    }

    [Theory]
    [InlineData("{}", "{}")]
    [InlineData("{1, \"a\", TRUE}", "{1 \"a\" TRUE}")]
    [InlineData("{x \\in S : x > 1}", "{x \\in S : (> x 1)}")]
    [InlineData("{<<x, y>> \\in S \\X T : x = y}", "{<<x y>> \\in (\\X S T) : (= x y)}")]
    [InlineData("{x + y : x \\in S, y \\in T}", "{(+ x y) : x \\in S, y \\in T}")]
    [InlineData("{x \\in S}", "{(\\in x S)}")]
    [InlineData("{x \\in S : y \\in T}", "{x \\in S : (\\in y T)}")]
    public void Parser_ParsesSetForms(string expression, string expected)
    {
        Assert.Equal(expected, ParseHelper.PrintExpr(expression));
    }

    [Theory]
    [InlineData("[x \\in S |-> x + 1]", "[x \\in S |-> (+ x 1)]")]
    [InlineData("[x, y \\in S, <<a, b>> \\in T |-> 1]", "[x y \\in S, <<a b>> \\in T |-> 1]")]
    [InlineData("[S -> T]", "[S -> T]")]
    [InlineData("[a |-> 1, b |-> \"s\"]", "[a |-> 1, b |-> \"s\"]")]
    [InlineData("[a : S, b : {1, 2}]", "[a : S, b : {1 2}]")]
    [InlineData("[f EXCEPT ![a] = 1, !.b = @ + 1, ![c][d, e].g = 2]", "[f EXCEPT ![a] = 1, !.b = (+ @ 1), ![c][d e].g = 2]")]
    [InlineData("<<>>", "<<>>")]
    [InlineData("<<1, <<2>>>>", "<<1 <<2>>>>")]
    [InlineData("f[a][b, c]", "(fn (fn f a) b c)")]
    [InlineData("r.type", "(. r type)")]
    public void Parser_ParsesFunctionsRecordsAndTuples(string expression, string expected)
    {
        Assert.Equal(expected, ParseHelper.PrintExpr(expression));
    }

    [Theory]
    [InlineData("[Next]_vars", "([]_ Next vars)")]
    [InlineData("[][Next]_vars", "([] ([]_ Next vars))")]
    [InlineData("<<A>>_<<x, y>>", "(<>_ A <<x y>>)")]
    [InlineData("[A]_(x + y)", "([]_ A (+ x y))")]
    [InlineData("WF_vars(Next)", "(WF vars Next)")]
    [InlineData("SF_<<x, y>>(A /\\ B)", "(SF <<x y>> (/\\ A B))")]
    [InlineData("<>[]P", "(<> ([] P))")]
    [InlineData("P ~> Q", "(~> P Q)")]
    [InlineData("P -+-> Q", "(-+-> P Q)")]
    [InlineData("ENABLED <<A>>_v", "(ENABLED (<>_ A v))")]
    [InlineData("UNCHANGED <<x, y>>", "(UNCHANGED <<x y>>)")]
    public void Parser_ParsesActionsAndTemporalOperators(string expression, string expected)
    {
        Assert.Equal(expected, ParseHelper.PrintExpr(expression));
    }

    [Fact]
    public void Parser_ParsesLetIfCaseAndLambda()
    {
        Assert.Equal(
            "(LET [f(a) == a] [g[i \\in S] == i] [RECURSIVE h/1] [h(n) == (h n)] (IF c 1 (CASE (p -> 2) (q -> 3) (OTHER -> 4))))",
            ParseHelper.PrintExpr("""
                LET f(a) == a
                         g[i \in S] == i
                         RECURSIVE h(_)
                         h(n) == h(n)
                     IN IF c THEN 1 ELSE CASE p -> 2 [] q -> 3 [] OTHER -> 4
                """));
        Assert.Equal("(Fold (LAMBDA x y : (+ x y)) 0 S)", ParseHelper.PrintExpr("Fold(LAMBDA x, y : x + y, 0, S)"));
        Assert.Equal("(CASE ((\\/ a b) -> 1) (c -> 2))", ParseHelper.PrintExpr("""
            CASE \/ a
                      \/ b -> 1
                   [] c -> 2
            """));
    }

    [Fact]
    public void Parser_ParsesQualifiedNamesAndOperatorArguments()
    {
        Assert.Equal("(! I Op)", ParseHelper.PrintExpr("I!Op"));
        Assert.Equal("(! I Op(1 2))", ParseHelper.PrintExpr("I!Op(1, 2)"));
        Assert.Equal("(! I(p) J Op(3))", ParseHelper.PrintExpr("I(p)!J!Op(3)"));
        Assert.Equal("(Fold + 0 S)", ParseHelper.PrintExpr("Fold(+, 0, S)"));
        Assert.Equal("(H -. \\cup \\prec)", ParseHelper.PrintExpr("H(-., \\union, \\prec)"));
        Assert.Equal("(F (-. a) -)", ParseHelper.PrintExpr("F(-a, -)"));
    }

    [Fact]
    public void Parser_DropsLabels()
    {
        Assert.Equal("(\\/ (\\A i \\in S : i) (> x 1))", ParseHelper.PrintExpr("""
            \/ P0:: \A i \in S : i
                 \/ lbl(a, b) :: x > 1
            """));
    }

    [Fact]
    public void Parser_RecordsSourceSpans()
    {
        var module = ParseHelper.Parse("""
            ---- MODULE M ----
            Op(a) == /\ a' = 1
                     /\ [f EXCEPT ![a] = 2]
            ====
            """);

        Assert.Equal(new Engine.Diagnostics.SourceSpan(ParseHelper.File, 1, 1, 4, 5), module.Span);
        var def = Assert.IsType<OperatorDef>(Assert.Single(module.Units));
        Assert.Equal((2, 1, 3, 32), (def.Span.Line, def.Span.Column, def.Span.EndLine, def.Span.EndColumn));
        Assert.Equal((2, 4, 2, 5), (def.Params[0].Span.Line, def.Params[0].Span.Column, def.Params[0].Span.EndLine, def.Params[0].Span.EndColumn));
        var list = Assert.IsType<JunctionExpr>(def.Body);
        Assert.Equal((2, 10, 3, 32), (list.Span.Line, list.Span.Column, list.Span.EndLine, list.Span.EndColumn));
        var equality = Assert.IsType<ApplyExpr>(list.Items[0]);
        Assert.Equal((2, 13, 2, 19), (equality.Span.Line, equality.Span.Column, equality.Span.EndLine, equality.Span.EndColumn));
        var prime = Assert.IsType<PrimeExpr>(equality.Args[0]);
        Assert.Equal((2, 13, 2, 15), (prime.Span.Line, prime.Span.Column, prime.Span.EndLine, prime.Span.EndColumn));
        var except = Assert.IsType<ExceptExpr>(list.Items[1]);
        Assert.Equal((3, 13, 3, 32), (except.Span.Line, except.Span.Column, except.Span.EndLine, except.Span.EndColumn));
    }
}
