---- MODULE StepNames ----
\* Which action names a step. Next only picks a Step(p), so the step is Step(p), as in TLC; Done
\* calls a state predicate, not an action, so Done still names its step.
EXTENDS Naturals
VARIABLES x, done
Init == x = 0 /\ done = FALSE
Step(p) == x' = x + p /\ UNCHANGED done
Next == \E p \in {1, 2} : Step(p)
Terminated(v) == v >= 2
Done == Terminated(x)
NextOrDone == Next \/ (Done /\ done' = TRUE /\ UNCHANGED x)
Small == x < 3
NotDone == ~done
====
