using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Engine.Search;

/// <summary>A level searched by one thread in one pass: expansion, insertion and invariants together.</summary>
internal sealed partial class BreadthFirstSearch
{
    /// <summary>
    /// Expands <paramref name="level"/> on this thread, inserting every successor into the seen set
    /// as it is produced (see <see cref="InsertingSink"/>). Returns what the merge and the invariant
    /// check of the parallel path would return for the same level, with the same counts.
    /// </summary>
    private SearchResult? ExpandAndInsert(List<int> level, List<int> next)
    {
        var scratch = _scratch.Get();
        try
        {
            var sink = scratch.Inserting;
            var events = sink.Events;
            sink.Begin(next, _graph);
            var eventPosition = -1;
            for (var i = 0; i < level.Count; i++)
            {
                if (ExpandOne(level[i], sink, scratch))
                {
                    eventPosition = i;
                    break;
                }
            }

            // The successors found before an event are in the seen set before it is reported.
            sink.Flush();
            _generated += sink.Generated;
            if (eventPosition < 0)
            {
                return sink.FindingPosition >= 0 ? ReportFinding(next[sink.FindingPosition], sink.FindingInvariant, sink.FindingError, next.Count) : null;
            }

            InternLaterChunks(level, eventPosition / ChunkSize, next.Count > 0, scratch);

            // Why whole chunks: the parallel merge counts the states left on the queue by the chunks
            // it finished, and the two paths must report the same numbers.
            var leftOnQueue = level.Count - (eventPosition / ChunkSize * ChunkSize) + next.Count;
            if (sink.FindingPosition >= 0)
            {
                return ReportFinding(next[sink.FindingPosition], sink.FindingInvariant, sink.FindingError, leftOnQueue);
            }

            if (events.HasStepEvent)
            {
                return FinishStepEvent(events, leftOnQueue);
            }

            var verdict = events.EventError is null ? Verdict.Deadlock : events.EventIsAssert ? Verdict.AssertFailure : Verdict.EvaluationError;
            return Finish(verdict, leftOnQueue, null, events.EventError, events.EventState);
        }
        finally
        {
            _scratch.Return(scratch);
        }
    }

    /// <summary>
    /// Expands state <paramref name="stateIndex"/> into <paramref name="sink"/>; returns true when it
    /// is the level's event (an error, a violated action property, an excluded successor that violates
    /// an invariant, or a deadlock), noted in the sink's events.
    /// </summary>
    /// <remarks>
    /// Why a method per state: the runtime recompiles a method with profile data only after it has
    /// been called often, and the level loop is entered once per level. With the state's work inside
    /// the loop, the largest levels of Grid (117 levels, the widest near the middle) ran the
    /// instrumented intermediate compilation, and PaxosCommit (28 levels) never left the precompiled code.
    /// </remarks>
    private bool ExpandOne(int stateIndex, InsertingSink sink, ExpansionScratch scratch)
    {
        var events = sink.Events;
        var state = scratch.Load(_store, stateIndex);
        sink.BeginParent(stateIndex, state);
        try
        {
            if (_graph is not null)
            {
                // Why flush first: the graph takes a state's edges right after the state itself.
                sink.Flush();
                _graph.BeginState(stateIndex, scratch.Worker.StateAtoms(state));
            }

            scratch.Worker.EnumerateNext(state, sink);
        }
        catch (DiagnosticException e)
        {
            events.EventError = e.Diagnostic;
            events.EventIsAssert = e.Diagnostic.Code == AssertCode;
        }

        if (events.EventError is not null || events.HasStepEvent || (sink.Successors == 0 && _options.CheckDeadlock))
        {
            events.EventState = stateIndex;
            return true;
        }

        return false;
    }

    /// <summary>
    /// After an event in chunk <paramref name="eventChunk"/>: expands the level's later chunks only
    /// for their values to be interned, and brings the rows' layout up to date when the level added
    /// states (<paramref name="addedStates"/>), as the parallel path does before its merge meets the event.
    /// </summary>
    /// <remarks>
    /// Why: with several workers every chunk is expanded (each up to its own first event) before the
    /// merge, and the merge's first insertion widens the fields for every value interned. Doing the
    /// same here keeps the memory figures (field widths, bytes per state) of a run that stops at an
    /// event independent of the worker count. It costs one more partial level, once per run.
    /// </remarks>
    private void InternLaterChunks(List<int> level, int eventChunk, bool addedStates, ExpansionScratch scratch)
    {
        var spare = new ChunkOutput();
        var chunkCount = (level.Count + ChunkSize - 1) / ChunkSize;
        for (var c = eventChunk + 1; c < chunkCount; c++)
        {
            ExpandChunk(level, c, spare, scratch);
        }

        if (addedStates)
        {
            _store.SyncLayout();
        }
    }
}
