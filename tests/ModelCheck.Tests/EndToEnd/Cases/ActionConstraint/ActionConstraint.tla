---- MODULE ActionConstraint ----
\* x climbs by one or two. ACTION_CONSTRAINT DoubleSteps keeps only the steps of two, as TLC does:
\* a step it rejects is generated (counted) but its successor is neither stored nor expanded, so
\* with it 0, 2, 4, 6 are reached (9 generated) and without it 0 to 6 (15 generated). As in TLC,
\* a rejected step's successor still has its invariants checked: NotThree fails on 2 -> 3.
EXTENDS Naturals
VARIABLE x

Init == x = 0
Next == x' = x + 1 \/ x' = x + 2

Bounded == x <= 6
DoubleSteps == x' = x + 2
NotThree == x # 3
Later == <>(x = 6)
====
