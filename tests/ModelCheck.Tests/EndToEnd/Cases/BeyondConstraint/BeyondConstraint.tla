---- MODULE BeyondConstraint ----
\* A clock bounded by CONSTRAINT. As TLC does, the successors the constraint excludes are still
\* checked: their invariants (TypeOK fails at the first clock past the bound, though that state is
\* never stored) and the action properties of the steps to them (Slow fails on the jump past it).
EXTENDS Naturals
VARIABLE clock

Init == clock = 0

\* An initial state past the bound is not stored either, but its invariants are checked.
InitFar == clock \in {0, 9}
Next == clock' = clock + 1 \/ (clock = 3 /\ clock' = 10)

Bound == clock < 4
TypeOK == clock \in 0..4
Slow == [][clock' - clock < 5]_clock
====
