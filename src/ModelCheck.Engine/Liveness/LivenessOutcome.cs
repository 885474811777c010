using System.Collections.Immutable;

namespace ModelCheck.Engine.Liveness;

/// <summary>The result of the liveness check: the first violation (or none) and the vacuity warnings.</summary>
internal sealed record LivenessOutcome(LivenessViolation? Violation, ImmutableArray<string> Warnings, string? InitialViolation, int InitialState);
