using ModelCheck.Engine.Search;

namespace ModelCheck.Cli.Output;

/// <summary>Everything a finished (or failed) run reports.</summary>
/// <param name="Verdict">The outcome, which is also the exit code.</param>
/// <param name="Result">The search result, when the search ran.</param>
/// <param name="ViolationKind">"invariant", "deadlock", "assumption", "assert" or "error"; null on success.</param>
/// <param name="Property">The violated property, when there is one.</param>
/// <param name="ErrorMessage">The message of an error, when there is one.</param>
/// <param name="Workers">Worker threads used.</param>
/// <param name="ElapsedSeconds">Wall time.</param>
internal sealed record RunSummary(
    Verdict Verdict,
    SearchResult? Result,
    string? ViolationKind,
    string? Property,
    string? ErrorMessage,
    int Workers,
    double ElapsedSeconds);
