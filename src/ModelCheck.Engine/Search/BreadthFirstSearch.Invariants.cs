using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Engine.Search;

/// <summary>Invariants, checked once per new state, on the values the successor was built with.</summary>
internal sealed partial class BreadthFirstSearch
{
    /// <summary>Ends the search at new state <paramref name="index"/>, which violates <paramref name="invariant"/> or fails with <paramref name="error"/>.</summary>
    private SearchResult ReportFinding(int index, int invariant, Diagnostic? error, long leftOnQueue)
    {
        _depth = Math.Max(_depth, DepthOf(index));
        if (error is not null)
        {
            var verdict = error.Code == AssertCode ? Verdict.AssertFailure : Verdict.EvaluationError;
            return Finish(verdict, leftOnQueue, null, error, index);
        }

        return Finish(Verdict.SafetyFailure, leftOnQueue, _model.InvariantNames[invariant], null, index);
    }
}
