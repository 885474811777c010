using ModelCheck.Engine.Search;
using ModelCheck.Tla.Modeling;
using Xunit;

namespace ModelCheck.Tests.DnsRace;

/// <summary>Checks one property of one DnsRace variant, as a cell of the matrix does.</summary>
internal static class DnsRaceRun
{
    /// <summary>Checks the invariant <paramref name="invariant"/> alone with the constants of <paramref name="variant"/>.</summary>
    public static SearchResult CheckInvariant(string variant, string invariant)
    {
        var outcome = ModelBuilder.Build(DnsRacePaths.Spec, DnsRacePaths.Config(variant), [], adjust: cfg => cfg with
        {
            Invariants = [.. cfg.Invariants.Where(n => n.Name == invariant)],
            Properties = [],
        });
        Assert.True(outcome.Model is not null, string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
        return new BreadthFirstSearch(outcome.Model, new SearchOptions(Environment.ProcessorCount, CheckDeadlock: false)).Run();
    }

    /// <summary>The value of <paramref name="variable"/> in state <paramref name="index"/> (0-based), as TLA+ text.</summary>
    public static string Value(Counterexample trace, int index, string variable) =>
        trace.Steps[index].State[trace.Variables.IndexOf(variable)].ToString()!;

    /// <summary>A generation (a natural number) in state <paramref name="index"/>.</summary>
    public static int Generation(Counterexample trace, int index, string variable) =>
        int.Parse(Value(trace, index, variable), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The generations whose plans exist in state <paramref name="index"/>.</summary>
    public static int[] Plans(Counterexample trace, int index) =>
        [.. Value(trace, index, "plans").Trim('{', '}').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];
}
