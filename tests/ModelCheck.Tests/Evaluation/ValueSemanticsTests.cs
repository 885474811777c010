using ModelCheck.Engine.Search;
using Xunit;

namespace ModelCheck.Tests.Evaluation;

/// <summary>TLA+ value semantics as TLC implements them, each checked through a real ASSUME.</summary>
public sealed class ValueSemanticsTests
{
    [Theory]
    [InlineData("{1, 2, 3} = {3, 2, 1, 1}")]
    [InlineData("1..3 = {1, 2, 3}")]
    [InlineData("{} = 1..0")]
    [InlineData("SUBSET {1, 2} = {{}, {1}, {2}, {1, 2}}")]
    [InlineData("UNION {{1}, {2, 3}} = 1..3")]
    [InlineData("{x \\in 1..10 : x % 2 = 0} = {2, 4, 6, 8, 10}")]
    [InlineData("{x * x : x \\in -2..2} = {0, 1, 4}")]
    [InlineData("[a : {1, 2}, b : {3}] = {[a |-> 1, b |-> 3], [b |-> 3, a |-> 2]}")]
    [InlineData("\\A b \\in {1, 2} : [x |-> b, a |-> \"s\"] \\in [x : {b}, a : {\"s\"}] /\\ [x |-> 3 - b, a |-> \"s\"] \\notin [x : {b}, a : {\"s\"}] /\\ [x : {b}, a : {\"s\"}] = {[a |-> \"s\", x |-> b]}")]
    [InlineData("{1, 2} \\X {3} = {<<1, 3>>, <<2, 3>>}")]
    [InlineData("Cardinality([{1, 2, 3} -> {4, 5}]) = 8")]
    [InlineData("{1, 2} \\cup {2, 3} = 1..3 /\\ {1, 2} \\cap {2, 3} = {2} /\\ {1, 2} \\ {2} = {1}")]
    [InlineData("{1} \\subseteq {1, 2} /\\ ~({1, 3} \\subseteq {1, 2})")]
    public void Sets_CompareByElements(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("{1, 3} \\cup {2} = 1..3 /\\ {2} \\cup {1, 3} = {3, 2, 1}")]
    [InlineData("{1, 2, 3} \\cup {2} = 1..3 /\\ {} \\cup {4} = {4} /\\ {5} \\cup {} = {5}")]
    [InlineData("{1, 4, 6} \\cup {0, 4, 5, 9} = {0, 1, 4, 5, 6, 9}")]
    [InlineData("{[t |-> 1], [t |-> 2, v |-> 0]} \\cup {[v |-> 0, t |-> 2]} = {[t |-> 2, v |-> 0], [t |-> 1]}")]
    [InlineData("Cardinality({[t |-> 1, v |-> 2]} \\cup {[v |-> 2, t |-> 1], [v |-> 1, t |-> 2]}) = 2")]
    [InlineData("ToString({[b |-> 1, a |-> 2]} \\cup {\"x\"}) = \"{\\\"x\\\", [a |-> 2, b |-> 1]}\"")]
    public void Union_MergesSortedElements(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("\\A n \\in {3} : 1..n \\cup {7} = {1, 2, 3, 7} /\\ {0} \\cup 1..n = 0..3 /\\ 1..n \\cup {2} = 1..3")]
    [InlineData("-1 \\in Nat \\cup {-1} /\\ -2 \\notin {-1} \\cup Nat /\\ 5 \\in Nat \\cup {-1}")]
    [InlineData("\\A S \\in {{}, {1}, {1, 2}} : \\A e \\in 0..3 : S \\cup {e} = {e} \\cup S /\\ S \\cup {e} = {x \\in 0..3 : x \\in S \\/ x = e}")]
    [InlineData("{{3}} \\cup {{1} \\cup {2}} = {{1, 2}, {3}} /\\ (SUBSET {1}) \\cup {{2}} = {{}, {1}, {2}}")]
    public void Union_WithOneElementAddsItToAnySet(string expression) => AssertHolds(expression);

    [Fact]
    public void SetsOfNatAndInt_AreOrderedAsInTlc() =>
        AssertHolds("{Nat, Int} = {Int, Nat} /\\ ToString({Int, Nat}) = \"{Nat, Int}\" /\\ Nat \\in {Int, Nat} /\\ {Nat} \\cup {Int} = {Int, Nat} /\\ Nat # Int");

    [Theory]
    [InlineData("\\A a \\in {1}, b \\in {2} : 1 \\in {a, b} /\\ 2 \\in {a, b} /\\ 3 \\notin {a, b} /\\ ~(3 \\in {b, a, b})")]
    [InlineData("\\A a \\in {1}, s \\in {\"x\"} : \"1\" \\notin {a, 2} /\\ \"x\" \\in {a, s} /\\ TRUE \\notin {a, s} /\\ (a = 1) \\in {FALSE, a = 1} /\\ {a} \\notin {a, s}")]
    [InlineData("\\A a \\in {1} : {a} \\in {{a}, {2}} /\\ <<a>> \\in {<<a>>, 3} /\\ <<2>> \\notin {<<a>>, 3} /\\ \\A r \\in {[f |-> a]} : r \\in {a, r} /\\ [f |-> 2] \\notin {a, r}")]
    public void Membership_InAnEnumerationTestsItsElements(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("\\A n \\in {2} : <<0, n>> \\in [1..2 -> 0..n] /\\ <<0, n + 1>> \\notin [1..2 -> 0..n] /\\ [i \\in {1, 2} |-> i] \\in [{2, 1} -> 0..n] /\\ <<-1, 0>> \\notin [1..2 -> 0..n]")]
    [InlineData("\\A n \\in {2} : <<0>> \\notin [1..2 -> 0..n] /\\ <<0, 0, 0>> \\notin [1..2 -> 0..n] /\\ [a |-> 1] \\notin [1..2 -> 0..n]")]
    [InlineData("\\A n \\in {2} : <<\"a\", 0>> \\notin [1..2 -> n..0] /\\ [a |-> 1, b |-> n] \\in [{\"a\", \"b\"} -> 1..n] /\\ <<>> \\in [{} -> 0..n] /\\ [x \\in {} |-> 1] \\in [{} -> n..0] /\\ [i \\in {3, 4} |-> 0] \\notin [1..2 -> 0..n]")]
    public void Membership_InAFunctionSetOverAnIntervalTestsDomainAndValues(string expression) => AssertHolds(expression);

    [Fact]
    public void Membership_InAFunctionSet_ComparesTheWholeDomainBeforeAnyValue() =>
        AssertHolds("\\A n \\in {2} : [i \\in {1, 3} |-> \"a\"] \\notin [1..2 -> 0..n] /\\ LET S == 0..n IN [i \\in {1, 3} |-> \"a\"] \\notin [1..2 -> S]");

    [Fact]
    public void Membership_OfAModelValueInNumbers_IsFalse()
    {
        var (failure, message) = TlaExpressions.Assume(
            "\\A n \\in {2} : m \\notin Nat /\\ m \\notin Int /\\ m \\notin 1..3 /\\ m \\notin 1..n /\\ <<m>> \\notin [1..1 -> 0..n] /\\ LET S == 0..n IN <<m>> \\notin [1..1 -> S] /\\ m \\notin [1..1 -> 0..n] /\\ m \\notin [1..1 -> {0}]",
            "CONSTANT m",
            "CONSTANT m = m\n");

        Assert.Null(failure);
        Assert.Equal(string.Empty, message);
    }

    [Theory]
    [InlineData("{1, 2, 3} \\ {2} = {1, 3} /\\ {1, 2, 3} \\ {1, 3} = {2}")]
    [InlineData("{1, 2, 3} \\ {} = 1..3 /\\ {1, 2, 3} \\ {4, 5} = {3, 2, 1} /\\ {} \\ {1} = {}")]
    [InlineData("1..3 \\ 1..3 = {} /\\ Cardinality(1..300 \\ {7}) = 299 /\\ 1..300 \\ 2..300 = {1}")]
    [InlineData("{[t |-> 1], [t |-> 2]} \\ {[t |-> 2]} = {[t |-> 1]} /\\ 1 \\in Nat \\ {0} /\\ ~(0 \\in Nat \\ {0})")]
    public void Difference_KeepsTheElementsNotInTheSecondSet(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("\\A n \\in {3} : 1 \\in 1..n /\\ 3 \\in 1..n /\\ ~(4 \\in 1..n) /\\ ~(0 \\in 1..n)")]
    [InlineData("\\A n \\in {3} : 4 \\notin 1..n /\\ ~(2 \\notin 1..n) /\\ ~(1 \\in 1..0) /\\ -2 \\in -n..n")]
    [InlineData("\\A n \\in {3} : ~(\"a\" \\in 1..0) /\\ \"a\" \\notin n..1 /\\ ~(<<1>> \\in n..1)")]
    public void Membership_InARangeComparesWithItsBounds(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("\\A n \\in {3} : {1, 3} \\subseteq 1..n /\\ {2} \\subseteq 1..n /\\ ~({0, 1} \\subseteq 1..n) /\\ ~({1, 4} \\subseteq 1..n)")]
    [InlineData("\\A n \\in {3} : {} \\subseteq 1..n /\\ {} \\subseteq n..1 /\\ ~({3} \\subseteq n..1) /\\ {-3, 0, 3} \\subseteq -n..n")]
    [InlineData("\\A n \\in {3} : {x \\in 1..5 : x < 4} \\subseteq 1..n /\\ ~(1..4 \\subseteq 1..n) /\\ 2..n \\subseteq 1..n")]
    public void Subset_OfARangeComparesTheIntegersWithItsBounds(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("{x \\in {3, 1, 2} : x > 1} = {2, 3} /\\ {x \\in {1, 2} : TRUE} = {1, 2} /\\ {x \\in {1, 2} : FALSE} = {}")]
    [InlineData("{x \\in 1..300 : x % 100 = 0} = {100, 200, 300} /\\ Cardinality({x \\in 1..300 : x > 1}) = 299")]
    [InlineData("{s \\in {\"b\", \"a\", <<1>>} : s # \"b\"} = {\"a\", <<1>>} /\\ {x \\in {} : x} = {}")]
    [InlineData("\\A n \\in {2} : {x \\in 1..n : x # n} = {1} /\\ {x \\in {1, 2} : x < n + 1} = 1..n")]
    [InlineData("{<<a, b>> \\in {1, 2} \\X {1, 2} : a < b} = {<<1, 2>>} /\\ LET S == {x \\in 1..300 : TRUE} IN {x \\in S : x > 0} = S")]
    public void Filter_KeepsTheElementsThatSatisfyThePredicateInOrder(string expression) => AssertHolds(expression);

    [Theory]
    // Four arguments stay on the stack and a fifth takes an array; operators called back by
    // SelectSeq and SortSeq evaluate library calls of their own while the outer call's arguments are held.
    [InlineData("Cardinality({1} \\X {2} \\X {3} \\X {4}) = 1 /\\ Cardinality({1} \\X {2, 3} \\X {3} \\X {4} \\X {5}) = 2")]
    [InlineData("SelectSeq(<<<<1>>, <<>>, <<2, 3>>>>, LAMBDA s : Len(s) > 0) = <<<<1>>, <<2, 3>>>>")]
    [InlineData("SortSeq(<<<<1, 2>>, <<1>>, <<>>>>, LAMBDA a, b : Len(a) < Len(b)) = <<<<>>, <<1>>, <<1, 2>>>>")]
    [InlineData("SubSeq(Append(<<1, 2>>, Len(<<4>>)), 2, Len(Tail(<<1, 2, 3>>)) + 1) = <<2, 1>>")]
    public void LibraryCalls_TakeTheirArgumentsInOrderAtAnyNesting(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("LET RECURSIVE y y == 3 IN y = 3")]
    [InlineData("\\A n \\in {4} : LET RECURSIVE y y == n + 1 IN y = 5")]
    [InlineData("LET RECURSIVE f(_) f(n) == IF n = 0 THEN 0 ELSE f(n - 1) + 2 IN f(5) = 10")]
    public void LetRecursive_DefinitionsAreEvaluatedWhenUsed(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("~(\\E i \\in 9223372036854775806..9223372036854775807 : i < 0)")]
    [InlineData("\\A i \\in 9223372036854775806..9223372036854775807 : i > 0")]
    [InlineData("\\A i \\in (-9223372036854775807 - 1)..(-9223372036854775807) : i < 0")]
    public void Quantifiers_OverIntervalsAtTheEndsOfTheIntegersStopAtTheBound(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("<<1, 2>> = [i \\in 1..2 |-> i]")]
    [InlineData("[a |-> 1, b |-> 2] = [b |-> 2, a |-> 1]")]
    [InlineData("[x \\in {\"a\", \"b\"} |-> 0] = [a |-> 0, b |-> 0]")]
    [InlineData("<<>> = [x \\in {} |-> 1]")]
    [InlineData("(1 :> \"x\" @@ 2 :> \"y\") = <<\"x\", \"y\">>")]
    [InlineData("DOMAIN [a |-> 1, b |-> 2] = {\"a\", \"b\"}")]
    [InlineData("DOMAIN <<5, 6, 7>> = 1..3")]
    [InlineData("[i \\in 1..3 |-> i * 2][2] = 4")]
    [InlineData("[f \\in {[i \\in 1..2 |-> 0]} |-> 1][<<0, 0>>] = 1")]
    public void Functions_EqualAcrossRepresentations(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("[<<1, 2, 3>> EXCEPT ![2] = 9] = <<1, 9, 3>>")]
    [InlineData("[[a |-> 1, b |-> 2] EXCEPT !.a = @ + 10] = [a |-> 11, b |-> 2]")]
    [InlineData("[[a |-> <<1, 2>>] EXCEPT !.a[2] = @ * 5] = [a |-> <<1, 10>>]")]
    [InlineData("[[i \\in 1..2 |-> [j \\in 1..2 |-> 0]] EXCEPT ![1][2] = 7, ![2][1] = @ - 1] = <<<<0, 7>>, <<-1, 0>>>>")]
    [InlineData("[<<1, 2>> EXCEPT ![5] = 0] = <<1, 2>>")]
    [InlineData("[[a |-> 1] EXCEPT !.a = 2, !.a = @ + 1] = [a |-> 3]")]
    [InlineData("[[i \\in 1..2 |-> [j \\in 1..2 |-> 0]] EXCEPT ![1][2] = [[k \\in 1..2 |-> [l \\in 1..2 |-> 5]] EXCEPT ![2][1] = @ + 1][2][1], ![2][2] = @ + 3] = <<<<0, 6>>, <<0, 3>>>>")]
    [InlineData("[[i \\in 1..2 |-> [j \\in 1..2 |-> 0]] EXCEPT ![1][[[k \\in 1..2 |-> [l \\in 1..2 |-> 2]] EXCEPT ![2][2] = 1][2][2]] = 9] = <<<<9, 0>>, <<0, 0>>>>")]
    public void Except_UpdatesPathsAndReadsAt(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("[[i \\in 1..2 |-> [a |-> 1, b |-> 2, c |-> 3]] EXCEPT ![1].a = @ + 10, ![1].b = @ + 20, ![2].c = 0] = <<[a |-> 11, b |-> 22, c |-> 3], [a |-> 1, b |-> 2, c |-> 0]>>")]
    [InlineData("[[i \\in 1..2 |-> [a |-> 1]] EXCEPT ![1].a = @ + 1, ![1].a = @ * 10] = <<[a |-> 20], [a |-> 1]>>")]
    [InlineData("[[i \\in 1..2 |-> [a |-> 1, b |-> 2]] EXCEPT ![1].a = @ + 1, ![1].b = @ + 1, ![1].a = @ * 10] = <<[a |-> 20, b |-> 3], [a |-> 1, b |-> 2]>>")]
    [InlineData("[[i \\in 1..2 |-> [a |-> 1, b |-> 2]] EXCEPT ![3].a = 5, ![3].b = 6] = <<[a |-> 1, b |-> 2], [a |-> 1, b |-> 2]>>")]
    [InlineData("[[i \\in 1..2 |-> [a |-> 1]] EXCEPT ![1].a = 5, ![1].z = 6] = <<[a |-> 5], [a |-> 1]>>")]
    [InlineData("LET f == <<[a |-> 1, b |-> 2]>> IN [f EXCEPT ![1].a = f[1].b, ![1].b = f[1].a] = <<[a |-> 2, b |-> 1]>>")]
    [InlineData("LET g == [i \\in 1..2 |-> [j \\in 1..2 |-> [x |-> 0, y |-> 0]]] k == <<2, 1>> IN [g EXCEPT ![k[1]][k[2]].x = 7, ![k[1]][k[2]].y = @ - 1, ![k[2]][k[1]].x = 9] = <<<<[x |-> 0, y |-> 0], [x |-> 9, y |-> 0]>>, <<[x |-> 7, y |-> -1], [x |-> 0, y |-> 0]>>>>")]
    public void Except_PathsDifferingInTheirLastFieldGiveTheValueOfOneUpdateAtATime(string expression) => AssertHolds(expression);

    [Theory]
    [InlineData("Append(<<1>>, 2) = <<1, 2>> /\\ Head(<<3, 4>>) = 3 /\\ Tail(<<3, 4>>) = <<4>>")]
    [InlineData("<<1>> \\o <<2, 3>> = <<1, 2, 3>> /\\ Len(<<>>) = 0")]
    [InlineData("SubSeq(<<1, 2, 3, 4>>, 2, 3) = <<2, 3>>")]
    [InlineData("SelectSeq(<<1, 2, 3, 4>>, LAMBDA x : x % 2 = 0) = <<2, 4>>")]
    [InlineData("<<1, 2>> \\in Seq({1, 2}) /\\ <<3>> \\notin Seq({1, 2})")]
    [InlineData("(-7) \\div 2 = -4 /\\ (-7) % 2 = 1 /\\ -7 \\div 2 = -3 /\\ 2 ^ 10 = 1024")]
    [InlineData("(-7) % 3 = 2 /\\ 7 % 3 = 1 /\\ (-6) % 3 = 0 /\\ 0 % 5 = 0 /\\ (-1) % 30 = 29")]
    [InlineData("9223372036854775806 + 1 = 9223372036854775807 /\\ -9223372036854775807 - 1 < 0")]
    [InlineData("(CHOOSE x \\in 1..10 : x > 3) = 4")]
    [InlineData("(CASE 1 = 2 -> \"a\" [] 2 = 2 -> \"b\" [] OTHER -> \"c\") = \"b\"")]
    [InlineData("\\A x \\in {} : FALSE")]
    [InlineData("~\\E x \\in {} : TRUE")]
    [InlineData("Cardinality(Permutations({1, 2, 3})) = 6")]
    [InlineData("ToString(<<1, \"a\">>) = \"<<1, \\\"a\\\">>\"")]
    public void Operators_FollowTheStandardModules(string expression) => AssertHolds(expression);

    [Fact]
    public void RecursiveOperators_AndFunctions_Evaluate()
    {
        AssertHolds("Fact(5) = 120 /\\ fib[10] = 55 /\\ Sum(<<1, 2, 3>>) = 6", """
            RECURSIVE Fact(_)
            Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
            fib[n \in Nat] == IF n < 2 THEN n ELSE fib[n - 1] + fib[n - 2]
            Sum(s) == LET F[i \in 0..Len(s)] == IF i = 0 THEN 0 ELSE F[i - 1] + s[i] IN F[Len(s)]
            """);
    }

    [Fact]
    public void OperatorCalls_KeepTheirOwnFramesWhenNestedOrRepeated()
    {
        // A worker reuses the frames of operators whose frames cannot outlive the call.
        // Sum reads its parameter after the recursive call returns, 20 calls deep (more than the
        // spare frames kept per size), so a frame handed to two calls at once would show.
        AssertHolds("Add1(Add1(1)) = 3 /\\ Twice(1) = 5 /\\ Pair(1, 2) = <<2, 3>> /\\ Apply(Add1, 2) = 3 /\\ Fact(4) = 24 /\\ Sum(20) = 210 /\\ Sum(3) + Sum(2) = 9", """
            RECURSIVE Fact(_), Sum(_)
            Sum(n) == IF n = 0 THEN 0 ELSE Sum(n - 1) + Add1(n) - 1
            Add1(a) == a + 1
            Twice(a) == Add1(a) + Add1(Add1(a))
            Pair(a, b) == <<Add1(a), Add1(b)>>
            Apply(F(_), a) == F(a)
            Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
            """);
    }

    [Theory]
    [InlineData("[a |-> 1, b |-> 2] \\in {[a |-> 1, b |-> 2], [a |-> 3, b |-> 4]} /\\ [b |-> 4, a |-> 3] \\in {[a |-> 1, b |-> 2], [a |-> 3, b |-> 4]}")]
    [InlineData("~([a |-> 1, b |-> 3] \\in {[a |-> 1, b |-> 2]}) /\\ [a |-> 1, b |-> 3] \\notin {[a |-> 1, b |-> 2]} /\\ ~([a |-> 1] \\in {[a |-> 1, b |-> 2]})")]
    [InlineData("[a |-> 2] \\in [a : 1..3] /\\ ~([a |-> 4] \\in [a : 1..3]) /\\ [a |-> 1] \\in {[a |-> 1], 7} /\\ [a |-> 1] \\in [a : Nat] \\cup {7} /\\ ~([a |-> -1] \\in [a : Nat] \\cup {7})")]
    [InlineData("\\A x \\in 1..3 : [k |-> x, v |-> x * x] \\in {[k |-> i, v |-> i * i] : i \\in 1..3} /\\ [k |-> x, v |-> 0] \\notin {[k |-> i, v |-> i * i] : i \\in 1..3}")]
    [InlineData("\\A x \\in {1} : [a |-> ([b |-> x] \\in {[b |-> 1]}), c |-> x] \\in {[a |-> TRUE, c |-> 1]}")]
    public void Membership_OfARecordLiteralComparesItsFields(string expression) => AssertHolds(expression);

    [Fact]
    public void Membership_OfARecordLiteral_KeepsItsFieldsWhenItsFieldsTestTheSameLiteral()
    {
        // Each call fills n, then recurses through the same membership test for a: an inner test
        // must not overwrite the fields of the outer one.
        AssertHolds("Nested(3) /\\ Nested(5)", """
            RECURSIVE Nested(_)
            Nested(n) == IF n = 0 THEN TRUE ELSE [n |-> n, a |-> Nested(n - 1)] \in {[a |-> TRUE, n |-> n]}
            """);
    }

    [Fact]
    public void LetOperatorCalls_ReadTheirOwnParametersAndTheEnclosingOnes()
    {
        // LET operators' frames are reused once a call is over; each links to the frame it was
        // defined in, which differs from call to call of the enclosing operator.
        // Double and Sum cache a LET value in their frames, which are reused: each call computes its own.
        AssertHolds("Outer(10) = 21 /\\ Outer(1) + Outer(2) = 8 /\\ Digits(3) = 312 /\\ Both(1, 2) = <<11, 22>> /\\ Double(1) + Double(2) = 6 /\\ Sum(3) = 12", """
            RECURSIVE Sum(_)
            Double(n) == LET d == n * 2 IN d
            Sum(n) == LET d == n * 2 IN IF n = 0 THEN 0 ELSE Sum(n - 1) + d
            Outer(n) == LET Add(a) == a + n IN Add(Add(1))
            Digits(n) == LET Join(a, b) == a * 10 + b IN Join(Join(n, 1), 2)
            Both(x, y) == LET Tag(a) == a * 10 + a IN <<Tag(x), Tag(y)>>
            """);
    }

    [Fact]
    public void FunctionsBuiltInACall_KeepTheValuesOfThatCall()
    {
        // A recursive function defined in a LET closes over its call's frame: that frame is never reused.
        AssertHolds("Count(3)[2] + Count(5)[4] = 6 /\\ Offset(10)[1] + Offset(20)[1] = 32", """
            Count(n) == LET f[i \in 0..n] == IF i = 0 THEN 0 ELSE f[i - 1] + 1 IN f
            Offset(k) == LET g[i \in 0..2] == IF i = 0 THEN k ELSE g[i - 1] + 1 IN g
            """);
    }

    [Fact]
    public void HigherOrderOperators_TakeNamesAndLambdas()
    {
        AssertHolds("Twice(Inc, 1) = 3 /\\ Twice(LAMBDA x : x * 3, 1) = 9", """
            Inc(x) == x + 1
            Twice(F(_), x) == F(F(x))
            """);
    }

    [Fact]
    public void LetDefinitions_SeeEachOtherAndTheirParameters()
    {
        AssertHolds("LET a == 2 b(x) == x + a IN b(3) = 5");
    }

    [Fact]
    public void SetOrder_IsCanonicalWhateverTheConstructionOrder()
    {
        AssertHolds("ToString({3, 1, 2}) = \"{1, 2, 3}\" /\\ ToString({\"b\", \"a\"}) = \"{\\\"a\\\", \\\"b\\\"}\"");
    }

    [Theory]
    [InlineData("CHOOSE x \\in {} : TRUE", "CHOOSE")]
    [InlineData("<<1, 2>>[3] = 1", "not in its domain")]
    [InlineData("[a |-> 1].b = 1", "no field b")]
    [InlineData("1 + TRUE = 2", "expected an integer")]
    [InlineData("Head(<<>>) = 1", "Head of the empty sequence")]
    [InlineData("9223372036854775807 + 1 > 0", "integer overflow")]
    [InlineData("-9223372036854775807 - 2 < 0", "integer overflow")]
    [InlineData("9223372036854775807 * 2 > 0", "integer overflow")]
    [InlineData("5 % 0 = 0", "second argument of % must be positive")]
    [InlineData("5 % -2 = 0", "second argument of % must be positive")]
    [InlineData("3 \\cup {1} = {1}", "expected a set, found 3")]
    [InlineData("{1} \\cup <<2>> = {1}", "expected a set")]
    [InlineData("{2} \\cup 3 = {1}", "expected a set, found 3")]
    [InlineData("{CHOOSE x \\in {} : TRUE} \\cup (3 \\cup {1}) = {1}", "CHOOSE")]
    [InlineData("(3 \\cup {1}) \\cup {CHOOSE x \\in {} : TRUE} = {1}", "expected a set, found 3")]
    [InlineData("\\A a \\in {1} : a \\in {CHOOSE x \\in {} : TRUE, a}", "CHOOSE")]
    [InlineData("\\A a \\in {1} : a \\in {a + TRUE, a}", "expected an integer")]
    [InlineData("\\A n \\in {\"a\"} : <<1>> \\in [1..1 -> 0..n]", "expected an integer")]
    [InlineData("\\A n \\in {2} : <<1>> \\in [Nat -> 0..n]", "cannot enumerate the infinite set Nat")]
    [InlineData("\\A n \\in {2} : <<1>> \\in [3 -> 0..n]", "expected a set, found 3")]
    [InlineData("\\A n \\in {2} : 3 \\notin [1..2 -> 0..n]", "attempted to check if 3, which is not a function, is in the set of functions [1..2 -> 0..2]")]
    [InlineData("\\A n \\in {2} : {1, 2} \\in [1..2 -> 0..n]", "attempted to check if {1, 2}, which is not a function, is in the set of functions [1..2 -> 0..2]")]
    [InlineData("\\A s \\in {{1}} : s \\notin [1..2 -> {0}]", "attempted to check if {1}, which is not a function, is in the set of functions [1..2 -> {0}]")]
    [InlineData("\\A n \\in {3} : \"a\" \\in 1..n", "attempted to check if the value \"a\" is in the integer interval 1..3")]
    [InlineData("\\A n \\in {3} : \"a\" \\notin 1..n", "attempted to check if the value \"a\" is in the integer interval 1..3")]
    [InlineData("<<1>> \\in 1..3", "attempted to check if the value <<1>> is in the integer interval 1..3")]
    [InlineData("\\A n \\in {3} : {\"a\"} \\subseteq 1..n", "attempted to check if the value \"a\" is in the integer interval 1..3")]
    [InlineData("\\A n \\in {3} : {1, <<1>>} \\subseteq 1..n", "attempted to check if the value <<1>> is in the integer interval 1..3")]
    [InlineData("\\A n \\in {3} : 1 \\subseteq 1..n", "expected a set, found 1")]
    [InlineData("\\A s \\in {\"x\"} : {1} \\subseteq s..<<s>>", "expected an integer, found \"x\"")]
    [InlineData("\\A s \\in {\"x\"} : Tail(s) \\subseteq 1..s", "expected a sequence, found \"x\"")]
    [InlineData("\"a\" \\in Nat", "attempted to check if the value \"a\" is an element of Nat")]
    [InlineData("\\A r \\in {[a |-> 1]} : r \\in Int", "attempted to check if the value [a |-> 1] is an element of Int")]
    [InlineData("\\A n \\in {2} : <<\"a\", 0>> \\in [1..2 -> 0..n]", "attempted to check if the value \"a\" is in the integer interval 0..2")]
    [InlineData("\\A s \\in {\"x\"} : [a |-> s] \\in [a : 1..3]", "attempted to check if the value \"x\" is in the integer interval 1..3")]
    public void RuntimeErrors_AreReportedWithTheirCause(string expression, string expected)
    {
        var (failure, message) = TlaExpressions.Assume(expression);

        Assert.Equal(Verdict.EvaluationError, failure);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void FalseAssumption_IsAnAssumptionFailure()
    {
        var (failure, _) = TlaExpressions.Assume("1 = 2");

        Assert.Equal(Verdict.AssumptionFailure, failure);
    }

    [Fact]
    public void FailedAssert_IsAnAssertFailure()
    {
        var (failure, message) = TlaExpressions.Assume("Assert(1 = 2, \"one is not two\")");

        Assert.Equal(Verdict.AssertFailure, failure);
        Assert.Contains("one is not two", message, StringComparison.Ordinal);
    }

    private static void AssertHolds(string expression, string definitions = "")
    {
        var (failure, message) = TlaExpressions.Assume(expression, definitions);
        Assert.True(failure is null, $"{expression}: {failure} {message}");
    }
}
