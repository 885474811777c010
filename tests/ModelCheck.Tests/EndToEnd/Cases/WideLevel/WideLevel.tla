---- MODULE WideLevel ----
\* 2,001 initial states: the first level spans four 512-state chunks, so with two workers the
\* excluded successor that violates NotFar (1500 -> 6500) is found in the third chunk while others
\* are expanded and merged, and the report must be the one of a single worker.
EXTENDS Naturals
VARIABLE x

Init == x \in 0..2000
Next == x' = x + 5000 \/ x' = x + 1

Bound == x < 5000
NotFar == x # 6500
====
