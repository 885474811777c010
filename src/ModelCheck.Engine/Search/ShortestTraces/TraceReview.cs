using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;

namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>
/// What happens to a safety counterexample after the search, before anyone reads it: the shortest
/// trace with the fewest process switches replaces it, and the false conjunct is named.
/// </summary>
internal static class TraceReview
{
    /// <summary>
    /// <paramref name="result"/> with its trace replaced by the one to show, <see cref="SearchResult.TraceNote"/>
    /// and <see cref="SearchResult.Explanation"/>. Verdict and counts are never changed.
    /// </summary>
    /// <param name="result">The search's result, with a trace.</param>
    /// <param name="violation">What the trace shows.</param>
    /// <param name="model">The model searched.</param>
    /// <param name="codec">The search's codec.</param>
    /// <param name="store">The search's seen set.</param>
    /// <param name="workers">Threads for the re-exploration.</param>
    /// <param name="reexplore">False to keep the trace and only name the false conjunct.</param>
    public static SearchResult Apply(SearchResult result, TraceViolation violation, IModel model, StateCodec codec, StateStore store, int workers, bool reexplore = true)
    {
        if (result.Trace is not { } trace)
        {
            return result;
        }

        // Why not under symmetry: the trace's states are then real successors, not the stored least
        // images that the re-exploration would follow.
        var outcome = reexplore && model.Symmetry is null ? FewestSwitches.Find(model, codec, store, workers, trace, violation) : null;
        var shown = outcome?.Trace ?? trace;
        return result with { Trace = shown, TraceNote = outcome?.Note, Explanation = Explain(model, shown, violation) };
    }

    private static string? Explain(IModel model, Counterexample trace, TraceViolation violation)
    {
        var steps = trace.Steps;
        try
        {
            return violation.Kind switch
            {
                ViolationKind.Invariant when violation.Property >= 0 => model.CreateWorker().ExplainInvariant(violation.Property, steps[^1].State),
                ViolationKind.ActionProperty when violation.Property >= 0 && steps.Length >= 2 =>
                    model.CreateWorker().ExplainActionProperty(violation.Property, steps[^2].State, steps[^1].State),
                _ => null,
            };
        }
        catch (DiagnosticException)
        {
            // Why quietly: the explanation is a courtesy; the verdict and the trace stand without it.
            return null;
        }
    }
}
