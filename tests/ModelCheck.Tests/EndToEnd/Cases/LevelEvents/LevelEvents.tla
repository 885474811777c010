---- MODULE LevelEvents ----
\* A first level wider than one chunk of work (512 states), where a new state violates an
\* invariant (or fails to evaluate one) in an early chunk and a deadlock follows in a later one,
\* or where new states in many chunks violate an invariant.
\* The verdict and the counts must not depend on how the level was cut up or on the worker count.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x \in 1..1500 /\ y = 0
Next == /\ y = 0
        /\ x # 1400
        /\ x' = x
        /\ y' = 1
Spec == Init /\ [][Next]_vars
NotSevenHundred == ~(x = 700 /\ y = 1)
Evaluates == IF x = 300 /\ y = 1 THEN CHOOSE n \in {} : TRUE ELSE TRUE
\* Violated by every new state of level 2 past x = 100, in every chunk: the first one is reported.
AtMostHundred == ~(x > 100 /\ y = 1)
====
