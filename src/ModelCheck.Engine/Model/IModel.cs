using System.Collections.Immutable;

namespace ModelCheck.Engine.Model;

/// <summary>
/// A compiled model as the engine sees it: variables, named invariants, and a factory for
/// per-thread workers that enumerate initial states and successors. The engine never sees TLA+ syntax.
/// </summary>
internal interface IModel
{
    /// <summary>The state variables, in declaration order.</summary>
    ImmutableArray<string> VariableNames { get; }

    /// <summary>The invariants checked on every distinct state, in configuration order.</summary>
    ImmutableArray<string> InvariantNames { get; }

    /// <summary>Action properties (<c>[][A]_v</c>) checked on every transition, in configuration order.</summary>
    ImmutableArray<string> ActionPropertyNames { get; }

    /// <summary>The temporal properties and fairness, or null when the run checks safety only.</summary>
    Liveness.LivenessSpec? Liveness { get; }

    /// <summary>
    /// The group of permutations of model values under which the search stores one state per orbit
    /// (TLC's <c>SYMMETRY</c>), or null. Workers from <see cref="CreateWorker"/> do not apply it.
    /// </summary>
    Symmetry.SymmetryGroup? Symmetry { get; }

    /// <summary>Creates a worker with its own evaluation scratch; one per thread.</summary>
    IModelWorker CreateWorker();
}
