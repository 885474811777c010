using System.Collections.Immutable;

namespace ModelCheck.Engine.Liveness;

/// <summary>What one lasso shows as an infinite behaviour.</summary>
/// <param name="Unfair">
/// The spec's fairness constraints that the lasso's cycle breaks. When there is one, the lasso is
/// not a behaviour of the spec, and every property is reported as not violated: an unfair
/// behaviour demonstrates no liveness violation.
/// </param>
/// <param name="Properties">One verdict per temporal property.</param>
internal sealed record LassoVerdict(ImmutableArray<FairnessConstraint> Unfair, ImmutableArray<PropertyVerdict> Properties)
{
    /// <summary>True when the lasso satisfies the spec's fairness.</summary>
    public bool IsFair => Unfair.IsEmpty;
}
