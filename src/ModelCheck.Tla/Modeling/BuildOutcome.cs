using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Search;
using ModelCheck.Tla.Config;

namespace ModelCheck.Tla.Modeling;

/// <summary>The result of loading a spec and its configuration: a model, or the verdict and diagnostics that stop the run.</summary>
/// <param name="Model">The compiled model, when everything loaded.</param>
/// <param name="Config">The configuration, when it parsed.</param>
/// <param name="CheckDeadlock">Whether deadlock is checked, from the configuration.</param>
/// <param name="Failure">The verdict that stops the run (spec, config or assumption error), or null.</param>
/// <param name="Diagnostics">What went wrong.</param>
/// <param name="Sources">Source text by file, for rendering diagnostics.</param>
internal sealed record BuildOutcome(
    TlaModel? Model,
    ModelConfig? Config,
    bool CheckDeadlock,
    Verdict? Failure,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, string> Sources)
{
    /// <summary>What the run goes on despite (a configuration line ignored as TLC ignores it), to print before the results.</summary>
    public ImmutableArray<Diagnostic> Warnings { get; init; } = [];
}
