---- MODULE ForAllBinding ----
\* \A in an action is a conjunction of its body for each element. A value built under it that
\* reads the bound variable lazily (a recursive function) must still see the element when the
\* successor is stored, as with TLC.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = <<>>
Next == /\ x < 3
        /\ \A i \in {x + 1} : /\ i > 0
                              /\ x' = i
        /\ \A i \in {x + 1} : y' = LET f[n \in 0..1] == IF n = 0 THEN i ELSE f[n - 1] + 1 IN f
Spec == Init /\ [][Next]_vars
FollowsX == x = 0 \/ (y[0] = x /\ y[1] = x + 1)
====
