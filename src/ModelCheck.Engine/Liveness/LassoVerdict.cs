using System.Collections.Immutable;

namespace ModelCheck.Engine.Liveness;

/// <summary>What one lasso shows as an infinite behaviour.</summary>
/// <param name="Unfair">
/// The spec's fairness constraints that the lasso's cycle breaks (none for a finite trace). When
/// there is one, the lasso is not a behaviour of the spec and its cycle shows no violation: only
/// predicates about the first state can be reported violated.
/// </param>
/// <param name="Properties">One verdict per temporal property, those about the first state first.</param>
internal sealed record LassoVerdict(ImmutableArray<FairnessConstraint> Unfair, ImmutableArray<PropertyVerdict> Properties)
{
    /// <summary>True when the lasso satisfies the spec's fairness.</summary>
    public bool IsFair => Unfair.IsEmpty;
}
