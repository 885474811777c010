namespace ModelCheck.Cli.Bench;

/// <summary>What one child <c>modelcheck check</c> run measured.</summary>
/// <param name="Workers">Worker threads of the run.</param>
/// <param name="WallSeconds">Wall time of the child process, start-up included.</param>
/// <param name="ExitCode">The child's exit code (-1 when it timed out).</param>
/// <param name="Result">The report's result ("success", ...), or null without a report.</param>
/// <param name="Distinct">Distinct states.</param>
/// <param name="Generated">States generated.</param>
/// <param name="BytesPerState">Stored bytes per distinct state, trace links excluded.</param>
/// <param name="TraceLinkBytesPerState">Trace-link bytes per distinct state.</param>
/// <param name="PeakBytes">The child's peak working set, when it printed it.</param>
/// <param name="Error">The first line of the child's error output when it failed.</param>
internal sealed record ChildRun(
    int Workers,
    double WallSeconds,
    int ExitCode,
    string? Result,
    long Distinct,
    long Generated,
    double BytesPerState,
    double TraceLinkBytesPerState,
    long? PeakBytes,
    string? Error)
{
    /// <summary>True when the search ran to a verdict and reported counts.</summary>
    public bool Completed => Result is not null;
}
