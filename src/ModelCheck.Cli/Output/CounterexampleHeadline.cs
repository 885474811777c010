using System.Globalization;
using ModelCheck.Engine.Search;

namespace ModelCheck.Cli.Output;

/// <summary>
/// The first lines of a counterexample (what is violated, the fewest-switch note, how a lasso is
/// kept fair), the kind of property for the report, and the name of its file. One place, so that
/// <c>check --out</c> and <c>matrix --write-counterexamples</c> write the same files.
/// </summary>
internal static class CounterexampleHeadline
{
    /// <summary>Describes <paramref name="result"/>.</summary>
    public static (string Headline, string? Kind, string FileStem) Describe(SearchResult result)
    {
        var (headline, kind, stem) = result.Verdict switch
        {
            Verdict.Success => ("Model checking completed. No error has been found.", null, string.Empty),
            Verdict.SafetyFailure when result.PropertyKind == "action property" => ($"Error: Action property {result.ViolatedProperty} is violated.", "action property", result.ViolatedProperty!),
            Verdict.SafetyFailure => ($"Error: Invariant {result.ViolatedProperty} is violated.", "invariant", result.ViolatedProperty!),
            Verdict.LivenessFailure => ($"Error: Temporal property {result.ViolatedProperty} is violated{(result.Temporal?.ViolatedPart is { } part ? $": {part}" : string.Empty)}.", "temporal", result.ViolatedProperty!),
            Verdict.Deadlock => ("Error: Deadlock reached.", "deadlock", "Deadlock"),
            Verdict.AssertFailure => ($"Error: {result.Error?.Message} ({Where(result)})", "assert", "Assert"),
            Verdict.Interrupted => ("Model checking stopped before the search finished.", null, string.Empty),
            _ => ($"Error: {result.Error?.Message} ({Where(result)})", "error", "Error"),
        };
        if (result.TraceNote is { } note)
        {
            headline += "\n" + note;
        }

        if (result.Temporal is { FairBy.IsEmpty: false } temporal)
        {
            headline += $"\nThe cycle is fair: it takes the steps of {string.Join(", ", temporal.FairBy)}.";
        }

        return (headline, kind, stem);
    }

    /// <summary>
    /// Where the run-time error is, as <c>Module.tla:line:col</c>. Why the file name alone: the
    /// headline goes into counterexample files, which must not depend on where the spec was checked
    /// out (the diagnostic on stderr keeps the path as given).
    /// </summary>
    private static string Where(SearchResult result) => result.Error?.Span is { IsKnown: true } span
        ? string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(span.File)}:{span.Line}:{span.Column}")
        : result.Error?.Span.ToString() ?? string.Empty;

    /// <summary>The "Why:" lines that follow the trace in its text, or nothing.</summary>
    public static string Explanation(SearchResult result) => result.Explanation is { } why ? $"\n{why}\n" : string.Empty;
}
