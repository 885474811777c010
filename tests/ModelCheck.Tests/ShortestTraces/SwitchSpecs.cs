namespace ModelCheck.Tests.ShortestTraces;

/// <summary>Specs whose shortest counterexamples differ in how often the acting process changes.</summary>
internal static class SwitchSpecs
{
    /// <summary>
    /// Each process does A then B. Next lists every A before every B, so breadth-first search first
    /// reaches "both done" by A(p1), A(p2), B(p1), B(p2): three switches, where one is enough.
    /// </summary>
    public const string TwoSteps = """
        ---- MODULE TwoSteps ----
        CONSTANT Procs
        VARIABLE pc
        vars == <<pc>>
        Init == pc = [p \in Procs |-> "a"]
        A(p) == pc[p] = "a" /\ pc' = [pc EXCEPT ![p] = "b"]
        B(p) == pc[p] = "b" /\ pc' = [pc EXCEPT ![p] = "done"]
        Next == (\E p \in Procs : A(p)) \/ (\E p \in Procs : B(p))
        Spec == Init /\ [][Next]_vars
        NotBothDone == ~(\A p \in Procs : pc[p] = "done")
        NoLastFinish == [][~(\A p \in Procs : pc'[p] = "done")]_vars
        ====
        """;

    /// <summary><see cref="TwoSteps"/> with two processes and an invariant.</summary>
    public const string TwoStepsInvariant = """
        CONSTANT Procs = {p1, p2}
        SPECIFICATION Spec
        INVARIANT NotBothDone
        """;

    /// <summary><see cref="TwoSteps"/> with two processes, checked for deadlock only.</summary>
    public const string TwoStepsDeadlock = """
        CONSTANT Procs = {p1, p2}
        SPECIFICATION Spec
        """;

    /// <summary><see cref="TwoSteps"/> with two processes and an action property.</summary>
    public const string TwoStepsActionProperty = """
        CONSTANT Procs = {p1, p2}
        SPECIFICATION Spec
        PROPERTY NoLastFinish
        CHECK_DEADLOCK FALSE
        """;

    /// <summary>
    /// Six processes of three steps each: layers of more than one chunk, so that two workers expand
    /// them in parallel; the fewest switches to "all done" is five.
    /// </summary>
    public const string Many = """
        ---- MODULE Many ----
        EXTENDS Naturals
        CONSTANT Procs
        VARIABLE c
        Init == c = [p \in Procs |-> 0]
        Step(p) == c[p] < 2 /\ c' = [c EXCEPT ![p] = c[p] + 1]
        Last(p) == c[p] = 2 /\ c' = [c EXCEPT ![p] = 3]
        Next == \E p \in Procs : Step(p) \/ Last(p)
        NotAllDone == ~(\A p \in Procs : c[p] = 3)
        ====
        """;

    /// <summary>The configuration of <see cref="Many"/>.</summary>
    public const string ManyConfig = """
        CONSTANT Procs = {p1, p2, p3, p4, p5, p6}
        INIT Init
        NEXT Next
        INVARIANT NotAllDone
        """;
}
