namespace ModelCheck.Tests.Traces;

/// <summary>Small specs whose counterexamples the trace writers are tested on.</summary>
internal static class TraceSpecs
{
    /// <summary>One counter that reaches 3, violating <c>Small</c> in state 4.</summary>
    public const string Counter = """
        ---- MODULE Counter ----
        EXTENDS Naturals
        VARIABLE x
        Init == x = 0
        Inc == x' = x + 1
        Small == x < 3
        ====
        """;

    /// <summary>The configuration of <see cref="Counter"/>.</summary>
    public const string CounterConfig = """
        INIT Init
        NEXT Inc
        INVARIANT Small
        """;

    /// <summary>
    /// Two processes e1, e2 that apply then finish: a function over processes, a growing sequence, a
    /// record, and a string with every character Mermaid and JSON must escape; violates <c>NotAllDone</c>.
    /// </summary>
    public const string Procs = """
        ---- MODULE Procs ----
        EXTENDS Naturals, Sequences
        CONSTANT Procs
        VARIABLES pc, log, net, note
        Init == /\ pc = [p \in Procs |-> "idle"]
                /\ log = <<>>
                /\ net = [sent |-> 0, last |-> "none"]
                /\ note = ""
        Apply(p) == /\ pc[p] = "idle"
                    /\ pc' = [pc EXCEPT ![p] = "apply"]
                    /\ log' = Append(log, p)
                    /\ net' = [net EXCEPT !.sent = @ + 1, !.last = "apply"]
                    /\ note' = "x; y # \"z\" <<w>> & done"
        Finish(p) == /\ pc[p] = "apply"
                     /\ pc' = [pc EXCEPT ![p] = "done"]
                     /\ UNCHANGED <<log, net, note>>
        Next == \E p \in Procs : Apply(p) \/ Finish(p)
        NotAllDone == ~(\A p \in Procs : pc[p] = "done")
        ====
        """;

    /// <summary>The configuration of <see cref="Procs"/>.</summary>
    public const string ProcsConfig = """
        CONSTANT Procs = {e1, e2}
        INIT Init
        NEXT Next
        INVARIANT NotAllDone
        """;

    /// <summary>A spec with more states than a DOT graph may have: x counts to 5000.</summary>
    public const string Big = """
        ---- MODULE Big ----
        EXTENDS Naturals
        VARIABLE x
        Init == x = 0
        Next == x < 5000 /\ x' = x + 1
        Reached == x < 4999
        ====
        """;

    /// <summary>The configuration of <see cref="Big"/>.</summary>
    public const string BigConfig = """
        INIT Init
        NEXT Next
        INVARIANT Reached
        """;
}
