using System.Collections.Immutable;

namespace ModelCheck.Engine.Liveness;

/// <summary>The questions <see cref="LassoVerifier"/> asks of the graph of one lasso.</summary>
internal sealed partial class LivenessChecker
{
    /// <summary>True when some fair behaviour of the graph from its initial states violates <paramref name="obligation"/>.</summary>
    public bool Violates(LivenessObligation obligation) => Find(obligation) is not null;

    /// <summary>
    /// The spec's fairness constraints that a behaviour repeating <paramref name="cycle"/> forever
    /// breaks, with the cycle's steps the edges among its states.
    /// </summary>
    public ImmutableArray<FairnessConstraint> UnfairConstraints(List<int> cycle)
    {
        _member ??= new int[_n];
        var stamp = ++_stamp;
        foreach (var s in cycle)
        {
            _member[s] = stamp;
        }

        return [.. _spec.Fairness.Where(f => !IsFair(f, cycle, stamp, 0))];
    }
}
