using ModelCheck.Engine.Liveness;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Modeling;
using Xunit;

namespace ModelCheck.Tests.Liveness;

/// <summary>
/// One given lasso, as an infinite behaviour: is it fair, and which temporal properties does it
/// violate? Each case is one the whole-graph check would get wrong if it looked at the wrong behaviour.
/// </summary>
public sealed class LassoVerifierTests
{
    private const string Jump = """
        ---- MODULE Jump ----
        VARIABLE x
        Init == x = 0
        Next == x' \in {0, 1, 2}
        Spec == Init /\ [][Next]_x
        OneThenTwo == (x = 1) ~> (x = 2)
        ====
        """;

    [Fact]
    public void StutteringWhereNextIsEnabled_BreaksWeakFairnessOfNext()
    {
        // ENABLED <<Next>>_x comes from the spec's successors of x = 0, not from the lasso's one step (stuttering).
        var verdict = Verify(LivenessSpecs.Counter, "SPECIFICATION FairSpec\nPROPERTY ReachesThree", 0, [0]);

        Assert.Equal(["WF_x(Next)"], verdict.Unfair.Select(f => f.Name));
        Assert.False(verdict.Properties.Single().IsViolated);
    }

    [Fact]
    public void StutteringWhereNothingIsEnabled_IsFair()
    {
        var verdict = Verify(LivenessSpecs.Counter, "SPECIFICATION FairSpec\nPROPERTY ReachesThree", 3, [0], [1], [2], [3]);

        Assert.True(verdict.IsFair);
        Assert.Equal(new PropertyVerdict("ReachesThree", null), verdict.Properties.Single());
    }

    [Fact]
    public void StutteringWithoutFairness_ViolatesEventually()
    {
        var verdict = Verify(LivenessSpecs.Counter, "SPECIFICATION Spec\nPROPERTY ReachesThree", 0, [0]);

        Assert.True(verdict.IsFair);
        Assert.Equal(new PropertyVerdict("ReachesThree", "<>(x = 3)"), verdict.Properties.Single());
    }

    [Fact]
    public void ALassoThatMovesOn_IsNotJudgedByStutteringEarlier()
    {
        // Without fairness the spec has behaviours that stop at x = 0; this lasso is not one of them.
        var verdict = Verify(LivenessSpecs.Counter, "SPECIFICATION Spec\nPROPERTY ReachesThree", 3, [0], [1], [2], [3]);

        Assert.False(verdict.Properties.Single().IsViolated);
    }

    [Fact]
    public void ACycleThatNeverTakesAnIntermittentlyEnabledAction_IsFairUnderWeakFairnessOnly()
    {
        var weak = Verify(LivenessSpecs.Flip, "SPECIFICATION SpecWF\nPROPERTY GoesEventually", 0, [0, 0], [1, 0]);
        var strong = Verify(LivenessSpecs.Flip, "SPECIFICATION SpecSF\nPROPERTY GoesEventually", 0, [0, 0], [1, 0]);

        Assert.True(weak.IsFair);
        Assert.Equal("<>(y = 1)", weak.Properties.Single().ViolatedPart);
        Assert.Equal(["SF_vars(Go)"], strong.Unfair.Select(f => f.Name));
        Assert.False(strong.Properties.Single().IsViolated);
    }

    [Fact]
    public void ALassoThatReachesTheGoal_SatisfiesEventually()
    {
        var verdict = Verify(LivenessSpecs.Flip, "SPECIFICATION SpecSF\nPROPERTY GoesEventually", 2, [0, 0], [1, 0], [1, 1], [0, 1]);

        Assert.True(verdict.IsFair);
        Assert.False(verdict.Properties.Single().IsViolated);
    }

    [Fact]
    public void AFiniteTrace_IsJudgedOnItsFirstStateOnly()
    {
        // Stopped at x = 0 it would violate ReachesThree, but a finite trace says nothing about what comes next.
        var verdict = Verify(LivenessSpecs.Counter, "SPECIFICATION Spec\nPROPERTIES ReachesThree StartsAtOne", null, [0]);

        Assert.True(verdict.IsFair);
        Assert.Equal([new PropertyVerdict("StartsAtOne", "x = 1", Initially: true), new PropertyVerdict("ReachesThree", null)], verdict.Properties.AsEnumerable());
    }

    [Theory]
    [InlineData(1, new[] { 0, 1, 0 }, true)] // 1, 0, 1, 0, ...: never 2
    [InlineData(2, new[] { 0, 1, 0 }, true)] // 1 once, then 0 forever
    [InlineData(0, new[] { 0, 1, 2 }, false)] // every 1 is followed by 2
    [InlineData(0, new[] { 0, 2, 1 }, false)] // 1, then 0, then 2
    [InlineData(2, new[] { 1, 2, 0 }, false)] // never 1 on the cycle, and the stem's 1 is answered
    public void LeadsTo_IsDecidedOnTheLassoAsWritten(int loop, int[] xs, bool violated)
    {
        // Jump's Init is x = 0; a first state x = 1 is checked anyway: the verifier trusts its caller on behaviours.
        var verdict = Verify(Jump, "SPECIFICATION Spec\nPROPERTY OneThenTwo", loop, [.. xs.Select(x => new[] { x })]);

        Assert.Equal(violated, verdict.Properties.Single().IsViolated);
    }

    private static LassoVerdict Verify(string spec, string config, int? loop, params int[][] states)
    {
        using var folder = new TempDirectory();
        var name = spec.Split("MODULE ")[1].Split(' ')[0];
        var outcome = ModelBuilder.Build(folder.Write(name + ".tla", spec), folder.Write(name + ".cfg", config + "\nCHECK_DEADLOCK FALSE\n"), []);
        Assert.True(outcome.Model is not null, string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
        var values = states.Select(s => s.Select(v => (Value)IntValue.Of(v)).ToArray()).ToList();
        return LassoVerifier.Verify(outcome.Model.Liveness!, outcome.Model.CreateWorker(), values, loop);
    }
}
