using System.Collections.Immutable;
using ModelCheck.Engine.Model;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Actions;

namespace ModelCheck.Tla.Modeling;

/// <summary>A compiled TLA+ model: what the engine checks.</summary>
internal sealed class TlaModel(
    ImmutableArray<string> variables,
    ActionNode? init,
    ActionNode? next,
    string nextName,
    ImmutableArray<string> invariantNames,
    ImmutableArray<Node> invariants,
    ImmutableArray<Node> constraints) : IModel
{
    /// <inheritdoc />
    public ImmutableArray<string> VariableNames { get; } = variables;

    /// <inheritdoc />
    public ImmutableArray<string> InvariantNames { get; } = invariantNames;

    /// <summary>The initial predicate; null for a spec without behaviours (only ASSUMEs).</summary>
    public ActionNode? Init { get; } = init;

    /// <summary>The next-state action.</summary>
    public ActionNode? Next { get; } = next;

    /// <summary>Name used to label steps that no named action claims.</summary>
    public string NextName { get; } = nextName;

    /// <summary>The invariants.</summary>
    public ImmutableArray<Node> Invariants { get; } = invariants;

    /// <summary>The state constraints.</summary>
    public ImmutableArray<Node> Constraints { get; } = constraints;

    /// <summary>The action constraints (ACTION_CONSTRAINT), evaluated with the step's two states.</summary>
    public ImmutableArray<Node> ActionConstraints { get; init; } = [];

    /// <inheritdoc />
    public ImmutableArray<string> ActionPropertyNames { get; init; } = [];

    /// <summary>The action properties, evaluated with the step's two states.</summary>
    public ImmutableArray<Node> ActionProperties { get; init; } = [];

    /// <inheritdoc />
    public ModelCheck.Engine.Liveness.LivenessSpec? Liveness { get; init; }

    /// <summary>The liveness spec's state atoms; null for atoms the engine derives from the graph.</summary>
    public ImmutableArray<Node?> StateAtoms { get; init; } = [];

    /// <summary>The liveness spec's edge atoms, evaluated with the step's two states.</summary>
    public ImmutableArray<Node> EdgeAtoms { get; init; } = [];

    /// <summary>Says why a property is false in the last state or step of a counterexample; null when not built.</summary>
    public Explanation.PropertyExplainer? Explainer { get; init; }

    /// <inheritdoc />
    public ModelCheck.Engine.Symmetry.SymmetryGroup? Symmetry { get; init; }

    /// <summary>The ALIAS expression, shown in text traces in place of the variables; null when none.</summary>
    public Node? Alias { get; init; }

    /// <summary>The ALIAS operator's name, for messages.</summary>
    public string? AliasName { get; init; }

    /// <inheritdoc />
    public IModelWorker CreateWorker() => new TlaModelWorker(this);
}
