namespace ModelCheck.Cli.Bench;

/// <summary>The arguments of <c>modelcheck bench</c>.</summary>
/// <param name="Workers">The worker count compared with one worker.</param>
/// <param name="Repeat">Runs per measurement; medians are printed.</param>
/// <param name="Inputs">SPEC.tla or SPEC.tla:CONFIG.cfg to time instead of the defaults.</param>
/// <param name="Spin">Compare Grid with SPIN's compiled verifier when spin and gcc are installed.</param>
/// <param name="Scaling">Also run Grid at growing sizes to show how peak memory grows with the states.</param>
/// <param name="Ceiling">Also run N one-worker copies of each input at once, to measure how far the machine itself scales to N.</param>
/// <param name="TimeoutSeconds">Per-run limit; a run past it is killed and reported.</param>
/// <param name="Report">Write the measurements as JSON to this file, or null.</param>
internal sealed record BenchRequest(
    int Workers,
    int Repeat,
    IReadOnlyList<string> Inputs,
    bool Spin,
    bool Scaling,
    bool Ceiling,
    double TimeoutSeconds,
    string? Report);
