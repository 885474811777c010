using System.Diagnostics;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Engine.Search;

/// <summary>A level searched by several workers: chunks expanded in parallel, merged in order as they finish, their new states' invariants checked.</summary>
/// <remarks>
/// Why merge while expanding: merging after the whole level was expanded left every worker but one
/// idle during the merge, and the workers had to look each successor up in earlier levels first so
/// that the merge had fewer to insert; that doubled the look-ups. Now the thread that finishes the
/// next chunk to merge (or finds it finished) merges it and every later finished chunk, in level
/// order, lets the merge go, checks the invariants of the new states it merged, and goes back to
/// expanding. Which thread merges changes nothing: chunks are merged
/// in order, each exactly as the serial merge did, so numbers, parents and counts are the same; and
/// of the invariant findings, the one of the earliest new state is reported.
/// </remarks>
internal sealed partial class BreadthFirstSearch
{
    // The level being expanded and merged, shared by the workers for its duration.
    private readonly Stack<ChunkOutput> _spareOutputs = new();
    private readonly Lock _spareGate = new();
    private Func<int, ExpansionScratch, bool>? _expandAndMergeChunk;
    private List<int> _pipeLevel = [];
    private List<int> _pipeNext = [];
    private ChunkOutput?[] _finished = [];
    private int _chunkCount;
    private int _nextToMerge;
    private int _mergeToken;
    private int _mergedStates;
    private ChunkOutput? _eventOutput;
    private readonly Lock _findingGate = new();
    private int _findingPosition;
    private int _findingInvariant;
    private Diagnostic? _findingError;

    /// <summary>Chunks a worker may run ahead of the merge, per worker; bounds the successors held in outputs.</summary>
    private const int MergeWindowPerWorker = 4;

    /// <summary>
    /// Expands <paramref name="level"/> with the workers, merging each chunk's successors into the seen
    /// set in level order as soon as the chunks before it are merged, then checks the invariants of the
    /// new states as their chunks are merged. Returns the same result, with the same counts, as the one-thread pass.
    /// </summary>
    private SearchResult? ExpandAndMerge(List<int> level, List<int> next, long started)
    {
        var chunkCount = (level.Count + ChunkSize - 1) / ChunkSize;
        _pipeLevel = level;
        _pipeNext = next;
        _chunkCount = chunkCount;
        _nextToMerge = 0;
        _mergeToken = 0;
        _mergedStates = 0;
        _eventOutput = null;
        _findingPosition = -1;
        _findingInvariant = -1;
        _findingError = null;
        if (_finished.Length < chunkCount)
        {
            _finished = new ChunkOutput?[Math.Max(chunkCount, _finished.Length * 2)];
        }

        _expandAndMergeChunk ??= ExpandAndMergeChunk;
        _workers!.Run(chunkCount, _expandAndMergeChunk);

        // Every chunk is expanded; a worker's last attempt may have lost the merge to another that had
        // already looked, so merge whatever is left here, on one thread.
        var scratch = _scratch.Get();
        try
        {
            TryMerge(scratch);
        }
        finally
        {
            _scratch.Return(scratch);
        }

        Debug.Assert(_nextToMerge == chunkCount, "every chunk merged");
        _expandTicks += Stopwatch.GetTimestamp() - started;

        if (next.Count > 0)
        {
            // Why: values interned by chunks expanded after the last insertion widen the fields now,
            // as the one-thread pass's last insertion of the level does, whatever the timing.
            _store.SyncLayout();
        }

        var output = _eventOutput;
        var leftOnQueue = output is null ? next.Count : level.Count - _mergedStates + next.Count;

        // The new states found before an event come first in canonical order.
        if (_findingPosition >= 0)
        {
            return ReportFinding(next[_findingPosition], _findingInvariant, _findingError, leftOnQueue);
        }

        if (output is null)
        {
            return null;
        }

        if (output.HasStepEvent)
        {
            return FinishStepEvent(output, leftOnQueue);
        }

        var verdict = output.EventError is null ? Verdict.Deadlock : output.EventIsAssert ? Verdict.AssertFailure : Verdict.EvaluationError;
        return Finish(verdict, leftOnQueue, null, output.EventError, output.EventState);
    }

    /// <summary>One worker's turn on chunk <paramref name="chunk"/>: expand it, publish it, merge what is ready.</summary>
    private bool ExpandAndMergeChunk(int chunk, ExpansionScratch scratch)
    {
        var window = MergeWindowPerWorker * Math.Max(2, _options.Workers);
        if (chunk - Volatile.Read(ref _nextToMerge) >= window)
        {
            // Too far ahead of the merge: help it, or wait for the chunk it needs to be finished.
            var spin = default(SpinWait);
            while (chunk - Volatile.Read(ref _nextToMerge) >= window && !_workers!.Failed)
            {
                TryMerge(scratch);
                spin.SpinOnce();
            }
        }

        var output = RentOutput();
        ExpandChunk(_pipeLevel, chunk, output, scratch);
        Volatile.Write(ref _finished[chunk], output);
        TryMerge(scratch);
        return true;
    }

    /// <summary>
    /// Merges finished chunks in order, unless another thread is merging, then checks the invariants
    /// of the new states merged. Whoever publishes a chunk calls this afterwards, and a merging
    /// thread looks again after letting go, so no finished chunk is left waiting.
    /// </summary>
    private void TryMerge(ExpansionScratch scratch)
    {
        var merged = scratch.Merged;
        while (Interlocked.CompareExchange(ref _mergeToken, 1, 0) == 0)
        {
            var started = Stopwatch.GetTimestamp();
            int c;
            while ((c = _nextToMerge) < _chunkCount && Volatile.Read(ref _finished[c]) is { } output)
            {
                _finished[c] = null;
                if (MergeChunk(c, output))
                {
                    merged.Add(output);
                }

                Volatile.Write(ref _nextToMerge, c + 1);
            }

            _mergeTicks += Stopwatch.GetTimestamp() - started;

            // Why a full fence to let go: the next look must not be served before the release, or a
            // chunk published meanwhile by a thread that found the token taken would wait for nobody.
            Interlocked.Exchange(ref _mergeToken, 0);
            foreach (var output in merged)
            {
                CheckInvariants(output, scratch);
                if (!ReferenceEquals(output, _eventOutput))
                {
                    ReturnOutput(output);
                }
            }

            merged.Clear();
            c = Volatile.Read(ref _nextToMerge);
            if (c >= _chunkCount || Volatile.Read(ref _finished[c]) is null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Adds chunk <paramref name="chunk"/>'s successors to the seen set, as the serial merge did:
    /// nothing after the level's first event, whose chunk is kept for the report. Returns false when
    /// nothing was added (the output is recycled at once).
    /// </summary>
    private bool MergeChunk(int chunk, ChunkOutput output)
    {
        if (_eventOutput is not null)
        {
            // Expanded only so that its values are interned, as with any worker count.
            ReturnOutput(output);
            return false;
        }

        output.BeginMerge(_pipeNext.Count);

        var level = _pipeLevel;
        var width = _codec.WordCount;
        _generated += output.Generated;
        var parentPosition = chunk * ChunkSize;
        if (_graph is null)
        {
            MergeBatches(output, width, _pipeNext);
        }
        else
        {
            parentPosition = MergeWithGraph(level, output, chunk, width, _pipeNext);
        }

        if (output.EventState >= 0)
        {
            _eventOutput = output;
            return true;
        }

        if (_graph is not null)
        {
            var end = Math.Min(level.Count, (chunk + 1) * ChunkSize);
            while (parentPosition < end)
            {
                _graph.BeginState(level[parentPosition], output.ParentAtoms[parentPosition - (chunk * ChunkSize)]);
                parentPosition++;
            }
        }

        _mergedStates += Math.Min(ChunkSize, level.Count - (chunk * ChunkSize));
        return true;
    }

    /// <summary>
    /// Checks the invariants of the new states of a merged chunk, unpacked from the chunk's keys,
    /// and notes the first violation or evaluation error unless an earlier new state already has one.
    /// </summary>
    /// <remarks>
    /// Why after the merge and not on every successor: a state is usually reached several times
    /// within a level (four times in Grid), and only the merge knows which occurrence is new.
    /// </remarks>
    private void CheckInvariants(ChunkOutput output, ExpansionScratch scratch)
    {
        if (_model.InvariantNames.IsEmpty || output.NewCount == 0)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var width = _codec.WordCount;
        for (var j = 0; j < output.NewCount; j++)
        {
            if (output.NewCandidate(j) >= output.EventCandidateLimit)
            {
                // After the chunk's step event, which comes first in successor order.
                break;
            }

            var position = output.FirstNext + j;
            var earlier = Volatile.Read(ref _findingPosition);
            if (earlier >= 0 && earlier < position)
            {
                break;
            }

            try
            {
                var state = scratch.LoadKey(output.Packed(output.NewCandidate(j), width));
                var violated = scratch.Worker.FirstViolatedInvariant(state);
                if (violated >= 0)
                {
                    NoteFinding(position, violated, null);
                    break;
                }
            }
            catch (DiagnosticException e)
            {
                NoteFinding(position, -1, e.Diagnostic);
                break;
            }
        }

        Interlocked.Add(ref _invariantTicks, Stopwatch.GetTimestamp() - started);
    }

    private void NoteFinding(int position, int invariant, Diagnostic? error)
    {
        lock (_findingGate)
        {
            if (_findingPosition >= 0 && _findingPosition < position)
            {
                return;
            }

            _findingInvariant = invariant;
            _findingError = error;
            Volatile.Write(ref _findingPosition, position);
        }
    }

    private ChunkOutput RentOutput()
    {
        lock (_spareGate)
        {
            return _spareOutputs.TryPop(out var output) ? output : new ChunkOutput();
        }
    }

    private void ReturnOutput(ChunkOutput output)
    {
        lock (_spareGate)
        {
            _spareOutputs.Push(output);
        }
    }
}
