namespace ModelCheck.Tests.Liveness;

/// <summary>Small specs whose lassos the liveness and replay tests judge.</summary>
internal static class LivenessSpecs
{
    /// <summary>
    /// Go is enabled only while x = 1, and Toggle flips x forever: weak fairness lets Go wait forever
    /// (<c>SpecWF</c>), strong fairness does not (<c>SpecSF</c>).
    /// </summary>
    public const string Flip = """
        ---- MODULE Flip ----
        VARIABLES x, y
        vars == <<x, y>>
        Init == x = 0 /\ y = 0
        Toggle == x' = 1 - x /\ UNCHANGED y
        Go == x = 1 /\ y = 0 /\ y' = 1 /\ UNCHANGED x
        Next == Toggle \/ Go
        SpecWF == Init /\ [][Next]_vars /\ WF_vars(Toggle) /\ WF_vars(Go)
        SpecSF == Init /\ [][Next]_vars /\ WF_vars(Toggle) /\ SF_vars(Go)
        GoesEventually == <>(y = 1)
        YStaysZero == y = 0
        ====
        """;

    /// <summary>Counts to 3; <c>FairSpec</c> has weak fairness of the whole next-state action, <c>Spec</c> none.</summary>
    public const string Counter = """
        ---- MODULE Counter ----
        EXTENDS Naturals
        VARIABLE x
        Init == x = 0
        Next == x < 3 /\ x' = x + 1
        Spec == Init /\ [][Next]_x
        FairSpec == Spec /\ WF_x(Next)
        ReachesThree == <>(x = 3)
        StartsAtOne == x = 1
        ====
        """;
}
