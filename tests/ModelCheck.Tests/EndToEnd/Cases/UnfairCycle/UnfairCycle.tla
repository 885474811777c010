---- MODULE UnfairCycle ----
\* The only behaviours that never set x are those spinning y forever, and on them B stays
\* enabled without being taken: weak fairness of B rules them out, so the property holds.
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
A == y' = 1 - y /\ UNCHANGED x
B == x = 0 /\ x' = 1 /\ UNCHANGED y
Next == A \/ B
Spec == Init /\ [][Next]_vars /\ WF_vars(A)
FairSpec == Init /\ [][Next]_vars /\ WF_vars(A) /\ WF_vars(B)
SetsX == <>(x = 1)
====
