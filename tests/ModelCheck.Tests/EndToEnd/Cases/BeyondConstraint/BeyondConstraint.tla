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

\* The first violation in successor order is the one reported: the jump to 10 comes before the step to 1.
NextJump == clock' = clock + 10 \/ clock' = clock + 1
NotOneOrTen == clock \notin {1, 10}

\* Fails to evaluate past 4: the error belongs to the excluded successor, and its trace shows it.
Fragile == clock < 5 \/ (CHOOSE n \in {} : TRUE)

Bound == clock < 4
TypeOK == clock \in 0..4
Slow == [][clock' - clock < 5]_clock
\* (InvariantFirst.cfg, no bound: the jump to 10 breaks both TypeOK and Slow, and TLC checks the
\* successor's invariants before the step's properties.)
====
