using ModelCheck.Engine.Search;

namespace ModelCheck.Cli.Matrix;

/// <summary>The first line(s) of a counterexample file and the file's name, as <c>modelcheck check --out</c> chooses them.</summary>
internal static class CounterexampleHeadline
{
    /// <summary>
    /// The headline and file stem for <paramref name="result"/>. Why a copy of <c>CheckCommand.Describe</c>: that method
    /// is private. The DnsRace tests compare files written by <c>check --out</c> with files written here, so the two
    /// cannot drift apart unnoticed; sharing one method would be better still.
    /// </summary>
    public static (string Headline, string FileStem) Describe(SearchResult result)
    {
        var (headline, stem) = result.Verdict switch
        {
            Verdict.SafetyFailure when result.PropertyKind == "action property" => ($"Error: Action property {result.ViolatedProperty} is violated.", result.ViolatedProperty!),
            Verdict.SafetyFailure => ($"Error: Invariant {result.ViolatedProperty} is violated.", result.ViolatedProperty!),
            Verdict.LivenessFailure => ($"Error: Temporal property {result.ViolatedProperty} is violated{(result.Temporal?.ViolatedPart is { } part ? $": {part}" : string.Empty)}.", result.ViolatedProperty!),
            Verdict.Deadlock => ("Error: Deadlock reached.", "Deadlock"),
            Verdict.AssertFailure => ($"Error: {result.Error?.Message} ({result.Error?.Span})", "Assert"),
            _ => ($"Error: {result.Error?.Message} ({result.Error?.Span})", "Error"),
        };
        if (result.Temporal is { FairBy.IsEmpty: false } temporal)
        {
            headline += $"\nThe cycle is fair: it takes the steps of {string.Join(", ", temporal.FairBy)}.";
        }

        return (headline, stem);
    }
}
