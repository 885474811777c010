namespace ModelCheck.Engine.Liveness;

/// <summary>
/// One phase of a violation's stem: the behaviour stays in states satisfying <see cref="Filter"/>
/// and may move on to the next phase at any state satisfying <see cref="Advance"/>.
/// </summary>
internal sealed record ObligationPhase(AtomCondition Filter, AtomCondition Advance);
