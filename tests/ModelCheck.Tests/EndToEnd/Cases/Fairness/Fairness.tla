---- MODULE Fairness ----
\* Go is enabled only while x = 1, and x keeps flipping: Go is enabled intermittently.
\* Weak fairness does not force Go (it is never continuously enabled); strong fairness does.
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Toggle == x' = 1 - x /\ UNCHANGED y
Go == x = 1 /\ y = 0 /\ y' = 1 /\ UNCHANGED x
Next == Toggle \/ Go
SpecWF == Init /\ [][Next]_vars /\ WF_vars(Toggle) /\ WF_vars(Go)
SpecSF == Init /\ [][Next]_vars /\ WF_vars(Toggle) /\ SF_vars(Go)
GoesEventually == <>(y = 1)
====
