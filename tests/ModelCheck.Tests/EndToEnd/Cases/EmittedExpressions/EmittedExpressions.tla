---- MODULE EmittedExpressions ----
\* Expressions evaluated for hundreds of states run as emitted IL after the first 200 evaluations.
\* Each definition below is compared with the same text under LET, which is always interpreted, and
\* the errors are raised only after warm-up, so that the interpreter must redo them exactly.
EXTENDS Naturals, Integers
VARIABLES x, f

R == [a |-> 1, b |-> 2]

Init == x \in 0..299 /\ f = <<x % 3, (x \div 3) % 3, 0>>
Next == \E i \in 1..3 : f' = [f EXCEPT ![i] = (@ + 1) % 3] /\ x' = x
Spec == Init /\ [][Next]_<<x, f>>

Sum == f[1] + f[2] * f[3] - x \div 7 + (-x) \div 4
Cmp == ((x < 150) /\ ~(f[1] >= 2)) \/ (x > 250 => f[2] <= 1)
Mem == (x \in 100..200 /\ f[3] \notin {0, 2}) \/ f[1] \in 0..(x % 2)
Quant == \A i \in 1..3 : \E j \in {0, 1, 2} : f[i] = j
Cond == IF x % 2 = 0 THEN f[1] ELSE -f[2]
Upd == [f EXCEPT ![2] = @ + x, ![3] = -@, ![7] = 0]
Fld == R.a + R.b * x
Eq == f # <<0, 0, 0>> /\ f[1] = f[2]

Agree ==
    /\ Sum = (LET v == f[1] + f[2] * f[3] - x \div 7 + (-x) \div 4 IN v)
    /\ Cmp = (LET v == ((x < 150) /\ ~(f[1] >= 2)) \/ (x > 250 => f[2] <= 1) IN v)
    /\ Mem = (LET v == (x \in 100..200 /\ f[3] \notin {0, 2}) \/ f[1] \in 0..(x % 2) IN v)
    /\ Quant = (LET v == \A i \in 1..3 : \E j \in {0, 1, 2} : f[i] = j IN v)
    /\ Cond = (LET v == IF x % 2 = 0 THEN f[1] ELSE -f[2] IN v)
    /\ Upd = (LET v == [f EXCEPT ![2] = @ + x, ![3] = -@, ![7] = 0] IN v)
    /\ Fld = (LET v == R.a + R.b * x IN v)
    /\ Eq = (LET v == f # <<0, 0, 0>> /\ f[1] = f[2] IN v)

\* Errors after warm-up: the initial states are checked in the order x = 0, 1, ...
OutOfDomain == <<1, 2, 3>>[IF x = 250 THEN 4 ELSE 1] = 1
Overflow == x < 250 \/ x * 4611686018427387904 > 0
NotBoolean == IF x = 260 THEN 1 ELSE TRUE
ZeroModulus == \E i \in 1..3 : f' = [f EXCEPT ![i] = (@ + 1) % (IF x = 280 THEN 0 ELSE 3)] /\ x' = x
====
