---- MODULE SafetyBasics ----
\* Small checks of the safety engine: invariants, deadlock, constraints, action properties.
EXTENDS Naturals
CONSTANT Limit
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y \in {0, 1}
Next == \/ x < Limit /\ x' = x + 1 /\ UNCHANGED y
        \/ y = 1 /\ x > 1 /\ x' = x - 2 /\ UNCHANGED y
Spec == Init /\ [][Next]_vars
Small == x < 3
Bounded == x <= 2
Increasing == [][x' > x]_vars
====
