---- MODULE Stuttering ----
\* Without fairness a behaviour may stop forever at any state: the shortest violation of
\* <>(x = 3) is the initial state followed by stuttering. Weak fairness of Next rules that out.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
FairSpec == Spec /\ WF_x(Next)
ReachesThree == <>(x = 3)
NeverNinetyNine == (x = 99) ~> (x = 0)
====
