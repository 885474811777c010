---- MODULE Alias ----
\* ALIAS shows each state of a text trace as a record: here the sum next to one variable.
EXTENDS Naturals
VARIABLES x, y

Init == x = 0 /\ y = 0
Next == \/ x' = x + 1 /\ UNCHANGED y
        \/ y' = y + 2 /\ UNCHANGED x

Small == x + y < 4

Shown == [sum |-> x + y, x |-> x]
Moves == [dx |-> x' - x]
NotARecord == x + y
====
