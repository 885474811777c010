using ModelCheck.Engine.Search;
using ModelCheck.Tla.Modeling;

namespace ModelCheck.Tests.Evaluation;

/// <summary>Evaluates TLA+ through the whole front end, as an ASSUME of a one-line module.</summary>
internal static class TlaExpressions
{
    /// <summary>Builds a module holding <paramref name="definitions"/> and <c>ASSUME expression</c>; returns the failure verdict (null when the assumption holds) and the first message.</summary>
    public static (Verdict? Failure, string Message) Assume(string expression, string definitions = "", string config = "")
    {
        using var temp = new TempDirectory();
        var spec = Path.Combine(temp.Path, "E.tla");
        File.WriteAllText(spec, $"""
            ---- MODULE E ----
            EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
            {definitions}
            ASSUME {expression}
            ====
            """);
        File.WriteAllText(Path.Combine(temp.Path, "E.cfg"), config);
        var outcome = ModelBuilder.Build(spec, null, []);
        return (outcome.Failure, outcome.Diagnostics.Length > 0 ? outcome.Diagnostics[0].Message : string.Empty);
    }
}
