using System.Collections.Immutable;

namespace ModelCheck.Engine.Liveness;

/// <summary>
/// A fair behaviour that violates a property: state numbers from an initial state, the cycle's
/// entry, and how the cycle is kept fair.
/// </summary>
/// <param name="Obligation">The property part violated.</param>
/// <param name="Path">States: the stem, then the cycle (the cycle's first state is <see cref="LoopStart"/>, and the last state steps back to it).</param>
/// <param name="LoopStart">Index in <see cref="Path"/> where the cycle starts.</param>
/// <param name="Stuttering">True when the cycle is the state repeating forever.</param>
/// <param name="FairBy">Fairness constraints whose action the cycle takes, keeping it fair.</param>
internal sealed record LivenessViolation(
    LivenessObligation Obligation,
    ImmutableArray<int> Path,
    int LoopStart,
    bool Stuttering,
    ImmutableArray<string> FairBy);
