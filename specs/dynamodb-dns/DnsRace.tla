------------------------------ MODULE DnsRace ------------------------------
(***************************************************************************)
(* DynamoDB's DNS automation in us-east-1, October 2025.                   *)
(*                                                                         *)
(* Sources: AWS's post-event summary of the DynamoDB disruption in         *)
(* us-east-1 (October 2025) and its re:Invent 2025 talk. The DNS Planner   *)
(* publishes plans for the regional endpoint; three DNS Enactors, one per  *)
(* availability zone, apply them with Route 53 transactions and clean up   *)
(* old plans. A delayed Enactor applied an old plan over a newer one, and  *)
(* another Enactor's cleanup then deleted it: the endpoint resolved to no  *)
(* addresses, and every later transaction failed.                          *)
(*                                                                         *)
(* Each fix discussed after the incident is a BOOLEAN constant, so that a  *)
(* configuration (or --const NAME=TRUE) can combine them:                  *)
(*   RateLimited          the Planner keeps at most one plan in flight     *)
(*   WriteTimeCas         the transaction compares-and-sets the active     *)
(*                        generation it actually overwrites                *)
(*   CleanupSparesActive  cleanup never deletes the active or rollback     *)
(*                        plan                                             *)
(*   SafeDefaults         a missing active plan no longer blocks the       *)
(*                        transaction; the newest plan is applied          *)
(*                                                                         *)
(* Abstraction: a plan ("a set of load balancers with weights") is named   *)
(* by its generation; its contents never matter here, only whether it      *)
(* still exists. Generation 0 means "none".                                *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    Enactors,             \* "one in each of three availability zones"
    MaxGen,               \* how many plan generations the Planner produces
    Threshold,            \* cleanup deletes plans more than this many generations behind
    RateLimited,          \* fix: at most one unapplied plan in flight
    WriteTimeCas,         \* fix: compare-and-set on the version actually applied
    CleanupSparesActive,  \* fix: cleanup spares the active and the rollback plan
    SafeDefaults          \* fix: a missing active plan does not block recovery

ASSUME /\ Enactors # {}
       /\ MaxGen \in Nat /\ MaxGen > 0
       /\ Threshold \in Nat
       /\ RateLimited \in BOOLEAN
       /\ WriteTimeCas \in BOOLEAN
       /\ CleanupSparesActive \in BOOLEAN
       /\ SafeDefaults \in BOOLEAN

VARIABLES
    newest,       \* the newest generation the Planner has published (0: none yet)
    plans,        \* the generations whose plans still exist
    active,       \* the generation the regional endpoint's record points at (0: never applied)
    rollback,     \* the generation the rollback record points at (0: none)
    phase,        \* each Enactor's phase: "idle", "checked" (holding a plan), "cleanup"
    holding,      \* the generation each Enactor checked, then applied (0: none)
    maxApplied    \* history: the newest generation ever made active (for NoStaleOverwrite)

vars == <<newest, plans, active, rollback, phase, holding, maxApplied>>

Gens == 1..MaxGen

TypeOK ==
    /\ newest \in 0..MaxGen
    /\ plans \subseteq 1..newest
    /\ active \in 0..newest
    /\ rollback \in 0..newest
    /\ phase \in [Enactors -> {"idle", "checked", "cleanup"}]
    /\ holding \in [Enactors -> 0..newest]
    /\ maxApplied \in 0..newest

(* The endpoint resolves to addresses when the plan its record points at exists. *)
ActivePresent == active = 0 \/ active \in plans
Empty == active # 0 /\ active \notin plans

Init ==
    /\ newest = 0
    /\ plans = {}
    /\ active = 0
    /\ rollback = 0
    /\ phase = [e \in Enactors |-> "idle"]
    /\ holding = [e \in Enactors |-> 0]
    /\ maxApplied = 0

(***************************************************************************)
(* "The DNS Planner periodically produces a new plan for the regional      *)
(* endpoint. [...] Plans carry increasing generation numbers."             *)
(* RateLimited: the Planner publishes the next plan only once the newest   *)
(* one is live, so at most one unapplied plan is in flight at a time.      *)
(* This slows plans down; it does not stop an Enactor that checked a plan  *)
(* from sitting on it while newer plans go live.                           *)
(***************************************************************************)
PlannerStep ==
    /\ newest < MaxGen
    /\ RateLimited => active = newest
    /\ newest' = newest + 1
    /\ plans' = plans \cup {newest + 1}
    /\ UNCHANGED <<active, rollback, phase, holding, maxApplied>>

(***************************************************************************)
(* "An Enactor picks up the newest plan and makes a one-time check, before *)
(* it starts, that this plan is newer than the plan already applied."      *)
(* The check is made here and never again: from now on the Enactor may be  *)
(* delayed for any length of time (any interleaving of other steps) before *)
(* Apply, as Enactor 1 was while it kept retrying and backing off.         *)
(***************************************************************************)
Pickup(e) ==
    /\ phase[e] = "idle"
    /\ newest > active
    /\ phase' = [phase EXCEPT ![e] = "checked"]
    /\ holding' = [holding EXCEPT ![e] = newest]
    /\ UNCHANGED <<newest, plans, active, rollback, maxApplied>>

(* The generation the transaction writes. SafeDefaults: when the active plan *)
(* is gone, the source of truth is corrupt; the Enactor does not trust what  *)
(* it holds and applies the newest plan, which always exists, so that every  *)
(* Enactor's recovery writes the same thing (idempotent).                    *)
Target(e) == IF SafeDefaults /\ ~ActivePresent THEN newest ELSE holding[e]

(* WriteTimeCas: the transaction carries the condition "the active           *)
(* generation is older than mine", evaluated by Route 53 when it commits,    *)
(* not by the Enactor before its delay.                                      *)
CasHolds(e) == ~WriteTimeCas \/ active < Target(e)

(* "The transaction points the endpoint at the new plan and points a         *)
(* rollback record at the previously active plan." Both targets must exist:  *)
(* "every later transaction failed: it could not point the rollback record   *)
(* at a plan that no longer existed." SafeDefaults drops the second demand.  *)
TransactionValid(e) ==
    /\ Target(e) \in plans
    /\ ActivePresent \/ SafeDefaults

(***************************************************************************)
(* "It then applies the plan with a Route 53 transaction." This is the     *)
(* step that went wrong: without WriteTimeCas nothing stops a plan checked *)
(* long ago from replacing a newer one ("its check was stale").            *)
(***************************************************************************)
Apply(e) ==
    /\ phase[e] = "checked"
    /\ CasHolds(e)
    /\ TransactionValid(e)
    /\ active' = Target(e)
    \* SafeDefaults: with the previous plan gone, roll back to the plan being applied.
    /\ rollback' = IF ActivePresent THEN active ELSE Target(e)
    /\ phase' = [phase EXCEPT ![e] = "cleanup"]
    /\ holding' = [holding EXCEPT ![e] = Target(e)]
    /\ maxApplied' = IF Target(e) > maxApplied THEN Target(e) ELSE maxApplied
    /\ UNCHANGED <<newest, plans>>

(***************************************************************************)
(* WriteTimeCas: Route 53 rejects the transaction because a newer plan is  *)
(* already active; the Enactor drops its stale plan and goes back to idle. *)
(***************************************************************************)
StaleRejected(e) ==
    /\ phase[e] = "checked"
    /\ ~CasHolds(e)
    /\ phase' = [phase EXCEPT ![e] = "idle"]
    /\ holding' = [holding EXCEPT ![e] = 0]
    /\ UNCHANGED <<newest, plans, active, rollback, maxApplied>>

(***************************************************************************)
(* "Every later transaction failed": a target plan no longer exists, so    *)
(* Route 53 changes nothing. The Enactor backs off and starts over with    *)
(* the newest plan, which fails again for as long as the active plan is    *)
(* missing: "No Enactor could apply any newer plan".                       *)
(***************************************************************************)
TransactionFails(e) ==
    /\ phase[e] = "checked"
    /\ CasHolds(e)
    /\ ~TransactionValid(e)
    /\ phase' = [phase EXCEPT ![e] = "idle"]
    /\ holding' = [holding EXCEPT ![e] = 0]
    /\ UNCHANGED <<newest, plans, active, rollback, maxApplied>>

(***************************************************************************)
(* "After applying, an Enactor deletes the plans that are significantly    *)
(* older than the one it just applied, that is, more than a threshold of   *)
(* generations behind it." It is a step of its own, so other Enactors can  *)
(* act between an Enactor's Apply and its Cleanup: "Enactor 2's cleanup    *)
(* deleted that old plan, now the active one."                             *)
(* CleanupSparesActive: the delete is conditional (atomic with the check)  *)
(* and spares the plans the active and rollback records point at. A        *)
(* separate look-then-delete would reopen the same race.                   *)
(***************************************************************************)
Doomed(e) ==
    { p \in plans :
        /\ p + Threshold < holding[e]
        /\ ~(CleanupSparesActive /\ p \in {active, rollback}) }

Cleanup(e) ==
    /\ phase[e] = "cleanup"
    /\ plans' = plans \ Doomed(e)
    /\ phase' = [phase EXCEPT ![e] = "idle"]
    /\ holding' = [holding EXCEPT ![e] = 0]
    /\ UNCHANGED <<newest, active, rollback, maxApplied>>

(* Each Enactor runs independently of the others. *)
EnactorStep(e) ==
    \/ Pickup(e)
    \/ Apply(e)
    \/ StaleRejected(e)
    \/ TransactionFails(e)
    \/ Cleanup(e)

Next ==
    \/ PlannerStep
    \/ \E e \in Enactors : EnactorStep(e)

(* Without fairness nothing need ever happen; the liveness properties ask  *)
(* what happens when the Planner and every Enactor keep taking steps.      *)
Spec ==
    /\ Init
    /\ [][Next]_vars
    /\ WF_vars(PlannerStep)
    /\ \A e \in Enactors : WF_vars(EnactorStep(e))

-----------------------------------------------------------------------------
(* Safety *)

(* "The endpoint resolved to no addresses": once a plan has been applied,  *)
(* the endpoint always points at a plan that exists.                       *)
EndpointNeverEmpty == active # 0 => active \in plans

(* The active generation never decreases: it is always the newest one ever *)
(* made active ("applied an old plan over a newer one" breaks this).       *)
NoStaleOverwrite == active >= maxApplied

(* Liveness (temporal properties) *)

(* "The automation could not recover by itself": an empty endpoint is     *)
(* eventually served again without operators.                              *)
RecoveryTerminates == Empty ~> ~Empty

(* The newest plan eventually goes live and stays live. *)
EventuallyLatest == <>[](active = MaxGen)

=============================================================================
