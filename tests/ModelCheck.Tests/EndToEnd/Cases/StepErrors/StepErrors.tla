---- MODULE StepErrors ----
\* Errors raised while checking a successor belong to that successor, and its trace ends with it,
\* as in TLC: in the properties of the step to it (after its own invariants), in its constraint,
\* and in an initial state's invariants.
EXTENDS Naturals
VARIABLE x

Init == x = 0
Next == x' = x + 1

NotOne == x # 1
Fails == CHOOSE n \in {} : TRUE

\* Cannot be evaluated on the step to 2, the first with x' = 2.
StepFails == [][x' # 2 \/ Fails]_x
\* Cannot be evaluated on the step to 1; NotOne, violated by that very successor, comes first.
StepFailsAtOne == [][x' # 1 \/ Fails]_x
ConstraintFails == x < 3 \/ Fails
InvariantFails == x = 0 \/ Fails
====
