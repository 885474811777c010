using ModelCheck.Tla.Syntax;
using Xunit;

namespace ModelCheck.Tests.Syntax;

public sealed class ParserUnitTests
{
    [Fact]
    public void Parser_ParsesDeclarations()
    {
        Assert.Equal(
            """
            CONSTANT N, F/2, \prec/2, -./1, ^+/1
            VARIABLE x, y
            RECURSIVE R/1, G
            ASSUME (> N 0)
            ASSUME Pos == (\in N Nat)
            ASSUME (= x x)
            """,
            ParseHelper.PrintUnits("""
                CONSTANTS N, F(_, _), _ \prec _, -. _, _ ^+
                VARIABLES x,
                          y
                RECURSIVE R(_), G
                ASSUME N > 0
                ASSUMPTION Pos == N \in Nat
                AXIOM x = x
                """));
    }

    [Fact]
    public void Parser_ParsesDefinitions()
    {
        Assert.Equal(
            """
            Op == 1
            Op2(x, F/1) == (F x)
            LOCAL Hidden == 2
            \oplus(a, b) == (+ a b)
            \prec(a, b) == (< a b)
            -.(a) == (- 0 a)
            ^#(a) == a
            f[i \in Nat, <<p q>> \in S] == (+ i p)
            """,
            ParseHelper.PrintUnits("""
                Op == 1
                Op2(x, F(_)) == F(x)
                LOCAL Hidden == 2
                a (+) b == a + b
                a \prec b == a < b
                -. a == 0 - a
                a ^# == a
                f[i \in Nat, <<p, q>> \in S] == i + p
                """));
    }

    [Fact]
    public void Parser_ParsesInstances()
    {
        Assert.Equal(
            """
            INSTANCE Naturals
            LOCAL INSTANCE Sequences
            I == INSTANCE Channel WITH Data <- Msg, chan <- in
            J(p) == INSTANCE Foo WITH a <- p, + <- Plus, \prec <- (LAMBDA u v : (< u v))
            LOCAL K == INSTANCE Bar WITH b <- -
            Use == (/\ (! I Send(1)) (! J(2) Init))
            """,
            ParseHelper.PrintUnits("""
                INSTANCE Naturals
                LOCAL INSTANCE Sequences
                I == INSTANCE Channel WITH Data <- Msg, chan <- in
                J(p) == INSTANCE Foo WITH a <- p, + <- Plus, \prec <- LAMBDA u, v : u < v
                LOCAL K == INSTANCE Bar WITH b <- -
                Use == I!Send(1) /\ J(2)!Init
                """));
    }

    [Fact]
    public void Parser_SkipsProofs()
    {
        Assert.Equal(
            """
            THEOREM TypeCorrect == (=> Spec ([] TypeOK))
            Before == 1
            THEOREM <sequent>
            THEOREM Named == <sequent>
            After(i) == i
            THEOREM (= x x)
            THEOREM C == TRUE
            \prec(a, b) == (< a b)
            THEOREM (= 1 1)
            Last == 3
            """,
            ParseHelper.PrintUnits("""
                THEOREM TypeCorrect == Spec => []TypeOK
                <1>. USE N \in Nat DEF ProcSet, Procs
                <1>1. Init => TypeOK
                  BY DEF Init, TypeOK
                <1>2. TypeOK /\ [Next]_vars => TypeOK'
                  <2>. SUFFICES ASSUME TypeOK, [Next]_vars
                                PROVE  TypeOK'
                    OBVIOUS
                  <2>1. ASSUME NEW self \in Procs, ncs(self)
                        PROVE  TypeOK'
                    BY <2>1 DEF TypeOK, ncs
                  <2>a CASE x = 1
                    <3> PICK y \in S : y = 1
                      OBVIOUS
                    <3> HAVE x
                    <3> TAKE z \in S
                    <3> WITNESS 1 \in S
                    <3> DEFINE Q == 1
                    <3> QED OMITTED
                  <2> QED BY <2>1, <2>a
                <1> QED BY PTL, <1>1, <1>2 DEF Spec
                Before == 1
                LEMMA ASSUME NEW x \in S
                      PROVE x = x
                THEOREM Named == ASSUME NEW y PROVE y = y
                PROOF OBVIOUS
                USE DEF Before
                HIDE DEF Before
                After(i) == i
                PROPOSITION x = x
                PROOF
                  <1> QED OBVIOUS
                COROLLARY C == TRUE BY Before
                a \prec b == a < b
                THEOREM 1 = 1 OBVIOUS
                -----------------------------
                Last == 3
                """));
    }

    [Fact]
    public void Parser_ParsesSubmodulesAndIgnoresSeparators()
    {
        var module = ParseHelper.Parse("""
            ------------------------------ MODULE Outer ------------------------------
            EXTENDS Naturals, Sequences
            -----------------------------------------------------------------------------
            X == 1
            ---- MODULE Inner ----
            EXTENDS Naturals
            Y == 2
            =====================
            Z == 3
            =============================================================================
            """);

        Assert.Equal("Outer", module.Name);
        Assert.Equal(["Naturals", "Sequences"], module.Extends.AsEnumerable());
        Assert.Equal(3, module.Units.Length);
        var inner = Assert.IsType<ModuleDef>(module.Units[1]);
        Assert.Equal("Inner", inner.Name);
        Assert.Equal(["Naturals"], inner.Extends.AsEnumerable());
        Assert.Equal("Y == 2", AstPrinter.Print(Assert.Single(inner.Units)));
        Assert.Equal((5, 1, 8, 22), (inner.Span.Line, inner.Span.Column, inner.Span.EndLine, inner.Span.EndColumn));
        Assert.Equal("Z == 3", AstPrinter.Print(module.Units[2]));
    }

    [Fact]
    public void Parser_ReturnsFirstModuleOfFile()
    {
        var module = ParseHelper.Parse("""
            ---- MODULE First ----
            A == 1
            ====
            ---- MODULE Second ----
            B == (
            ====
            """);

        Assert.Equal("First", module.Name);
    }
}
