namespace ModelCheck.Cli.Bench;

/// <summary>One printed figure of <c>bench</c>, for its JSON report.</summary>
/// <param name="Model">The input's name.</param>
/// <param name="Workers">Worker threads.</param>
/// <param name="WallSeconds">Median wall time, start-up included.</param>
/// <param name="Distinct">Distinct states.</param>
/// <param name="Generated">States generated.</param>
/// <param name="BytesPerState">Stored bytes per distinct state, trace links excluded.</param>
/// <param name="TraceLinkBytesPerState">Trace-link bytes per distinct state.</param>
/// <param name="PeakMb">Median peak working set in MiB, when known.</param>
/// <param name="Counts">Whether the counts matched, or what failed.</param>
/// <param name="Ceiling">For N one-worker runs at once: N times one run alone over them (see <c>bench --ceiling</c>).</param>
/// <param name="ShareOfCeiling">For N one-worker runs at once: the N-worker speedup over <paramref name="Ceiling"/>.</param>
internal sealed record BenchRecord(
    string Model,
    int Workers,
    double WallSeconds,
    long Distinct,
    long Generated,
    double BytesPerState,
    double TraceLinkBytesPerState,
    double? PeakMb,
    string Counts,
    double? Ceiling = null,
    double? ShareOfCeiling = null);
