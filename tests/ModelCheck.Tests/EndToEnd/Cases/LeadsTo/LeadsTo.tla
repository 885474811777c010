---- MODULE LeadsTo ----
\* Every waiting process is eventually served: a ~> with a quantified left side.
CONSTANT Procs
VARIABLE pc
Init == pc = [p \in Procs |-> "idle"]
Request(p) == pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "waiting"]
Grant(p) == pc[p] = "waiting" /\ pc' = [pc EXCEPT ![p] = "done"]
Next == \E p \in Procs : Request(p) \/ Grant(p)
Spec == Init /\ [][Next]_pc /\ \A p \in Procs : WF_pc(Grant(p))
SpecFirstOnly == Init /\ [][Next]_pc /\ WF_pc(Grant(CHOOSE p \in Procs : TRUE))
Served == \A p \in Procs : (pc[p] = "waiting") ~> (pc[p] = "done")
NeverBackwards == [][\A p \in Procs : pc[p] = "done" => pc'[p] = "done"]_pc
====
