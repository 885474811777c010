using ModelCheck.Traces;

namespace ModelCheck.Cli.Commands;

/// <summary>The arguments of <c>modelcheck check</c>.</summary>
/// <param name="Spec">The root module file.</param>
/// <param name="Config">The configuration file, or null for SPEC.cfg.</param>
/// <param name="Workers">Worker threads.</param>
/// <param name="Constants">NAME=VALUE overrides.</param>
/// <param name="NoDeadlock">Disable deadlock checking.</param>
/// <param name="Report">JSON report path, or null.</param>
/// <param name="OutDir">Counterexample folder, or null.</param>
/// <param name="MaxStates">Distinct-state limit, 0 for none.</param>
/// <param name="Formats">The counterexample files written under <paramref name="OutDir"/>.</param>
/// <param name="Stats">Print memory figures (<c>--stats</c>).</param>
/// <param name="Fingerprints">Match states by fingerprints (<c>--fingerprints</c>).</param>
internal sealed record CheckRequest(
    string Spec,
    string? Config,
    int Workers,
    IReadOnlyList<string> Constants,
    bool NoDeadlock,
    string? Report,
    string? OutDir,
    long MaxStates = 0,
    TraceFormats Formats = TraceFormats.Text,
    bool Stats = false,
    bool Fingerprints = false);
