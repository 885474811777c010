using System.Diagnostics;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Engine.Search;

/// <summary>Invariants, checked once per new state after each level is merged.</summary>
internal sealed partial class BreadthFirstSearch
{
    /// <summary>
    /// Checks the invariants on <paramref name="states"/> (new states, in the order they were numbered)
    /// in parallel, and reports the first violation or evaluation error in that order.
    /// </summary>
    /// <remarks>
    /// Why after the merge: a state is usually reached several times within a level (four times in
    /// Grid); checking candidates before de-duplication evaluated every invariant that many times.
    /// Checking the merged states keeps the first violation in canonical order, so the result still
    /// does not depend on the worker count.
    /// </remarks>
    private SearchResult? CheckNewStates(List<int> states, long leftOnQueue)
    {
        if (_model.InvariantNames.IsEmpty || states.Count == 0)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        var chunkCount = (states.Count + ChunkSize - 1) / ChunkSize;
        var findings = new (int Position, int Invariant, Diagnostic? Error)[chunkCount];
        Array.Fill(findings, (-1, -1, null));
        ForEachChunk(chunkCount, (c, scratch) =>
        {
            findings[c] = CheckChunk(states, c, scratch);
            return findings[c].Position < 0;
        });
        _invariantTicks += Stopwatch.GetTimestamp() - started;

        foreach (var (position, invariant, error) in findings)
        {
            if (position < 0)
            {
                continue;
            }

            return ReportFinding(states[position], invariant, error, leftOnQueue);
        }

        return null;
    }

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

    private (int Position, int Invariant, Diagnostic? Error) CheckChunk(List<int> states, int chunk, ExpansionScratch scratch)
    {
        var end = Math.Min(states.Count, (chunk + 1) * ChunkSize);
        for (var i = chunk * ChunkSize; i < end; i++)
        {
            var state = scratch.Load(_store, states[i]);
            try
            {
                var violated = scratch.Worker.FirstViolatedInvariant(state);
                if (violated >= 0)
                {
                    return (i, violated, null);
                }
            }
            catch (DiagnosticException e)
            {
                return (i, -1, e.Diagnostic);
            }
        }

        return (-1, -1, null);
    }
}
