---- MODULE StepNames ----
\* Which action names a step: Next only picks a Step(p) here, so the step is Step(p), as in TLC.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Step(p) == x' = x + p
Next == \E p \in {1, 2} : Step(p)
Small == x < 3
====
