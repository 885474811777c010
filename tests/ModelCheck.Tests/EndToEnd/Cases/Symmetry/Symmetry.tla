---- MODULE Symmetry ----
\* Three interchangeable processes each count to 2; `last` is the one that moved last. SYMMETRY
\* Perms stores one state per orbit (13 instead of 55), and every trace must still be a behaviour:
\* each step moves `last` by one, as Moved checks on every step.
EXTENDS Naturals, TLC
CONSTANTS Procs, None
VARIABLES pc, last

Init == pc = [p \in Procs |-> 0] /\ last = None

Step(p) == pc[p] < 2 /\ pc' = [pc EXCEPT ![p] = @ + 1] /\ last' = p

Next == \E p \in Procs : Step(p)

TypeOK == pc \in [Procs -> 0..2] /\ last \in Procs \cup {None}

RECURSIVE SumOver(_)
SumOver(q) == IF q = {} THEN 0 ELSE LET x == CHOOSE x \in q : TRUE IN pc[x] + SumOver(q \ {x})

Total == SumOver(Procs) < 4

\* Fails as a TLC Assert naming pc: the message must be the one of the state printed last.
Checked == Assert(SumOver(Procs) < 3, pc)

\* True of every real step; false of some steps to a permuted successor.
Moved == [][pc'[last'] = pc[last'] + 1 /\ \A p \in Procs \ {last'} : pc'[p] = pc[p]]_<<pc, last>>

\* Violated by the second step of one process.
Calm == [][pc'[last'] < 2]_<<pc, last>>

Eventually == <>(pc[last] = 2)

Perms == Permutations(Procs)

NotPerms == {[p \in Procs |-> CHOOSE q \in Procs : TRUE]}

Vars == <<pc, last>>
====
