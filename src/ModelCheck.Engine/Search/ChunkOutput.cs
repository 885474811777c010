using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>
/// What one worker produced for one chunk of a level, in the chunk's order: the packed successors
/// that passed the state constraints, each with its parent, and at most one event (deadlock or
/// error) that ends the chunk. The merge looks them up; the worker does not.
/// </summary>
internal sealed class ChunkOutput
{
    private readonly PackedRows _rows = new();
    private int[] _parents = new int[64];
    private uint[] _edgeAtoms = new uint[64];
    private int[] _newCandidates = new int[64];

    /// <summary>Candidates so far.</summary>
    public int Count { get; private set; }

    /// <summary>Successors computed, duplicates included.</summary>
    public long Generated { get; set; }

    /// <summary>Parent state number of each candidate.</summary>
    public int[] Parents => _parents;

    /// <summary>When the state graph is recorded: the edge atoms of each candidate's step.</summary>
    public uint[] EdgeAtoms => _edgeAtoms;

    /// <summary>When the state graph is recorded: the state atoms of each expanded state, by position in the chunk.</summary>
    public ulong[] ParentAtoms { get; } = new ulong[BreadthFirstSearch.ChunkSize];

    /// <summary>The action property violated by the step to <see cref="EventSuccessor"/>, or -1.</summary>
    public int EventActionProperty { get; set; } = -1;

    /// <summary>The packed successor of a violated action property.</summary>
    public uint[]? EventSuccessor { get; set; }

    /// <summary>The invariant violated by <see cref="EventStepState"/>, a successor the constraints exclude; -1 if none.</summary>
    public int EventExcludedInvariant { get; set; } = -1;

    /// <summary>
    /// The successor of the event's step when the constraints exclude it (so it has no packed key):
    /// it violates <see cref="EventExcludedInvariant"/> or fails with <see cref="EventStepError"/>,
    /// or the step violates <see cref="EventActionProperty"/>.
    /// </summary>
    public Value[]? EventStepState { get; set; }

    /// <summary>The error raised by the invariants of <see cref="EventStepState"/>, an excluded successor; null if none.</summary>
    public Diagnostic? EventStepError { get; set; }

    /// <summary>
    /// How many of the level's (or chunk's) successors, in order, come before the event's step,
    /// counting the step's own successor when it is stored: only the new states among those have
    /// their invariants checked, so that the first violation in successor order is the one
    /// reported, as TLC reports it. <see cref="int.MaxValue"/> when there is no step event.
    /// </summary>
    public int EventCandidateLimit { get; set; } = int.MaxValue;

    /// <summary>True when a step has been noted: a violated action property, or an excluded successor that violates an invariant or fails.</summary>
    public bool HasStepEvent => EventActionProperty >= 0 || EventExcludedInvariant >= 0 || EventStepError is not null;

    /// <summary>The state number at which the chunk stopped with a deadlock or error; -1 if none.</summary>
    public int EventState { get; set; } = -1;

    /// <summary>The error that stopped the chunk; null with a set <see cref="EventState"/> means deadlock.</summary>
    public Diagnostic? EventError { get; set; }

    /// <summary>True when the stopping error was a failed Assert.</summary>
    public bool EventIsAssert { get; set; }

    /// <summary>After the merge: how many candidates were new states.</summary>
    public int NewCount { get; private set; }

    /// <summary>After the merge: the position in the next level of the first new state.</summary>
    public int FirstNext { get; private set; }

    /// <summary>Starts the merge's record of new states, the first of which gets next-level position <paramref name="firstNext"/>.</summary>
    public void BeginMerge(int firstNext)
    {
        FirstNext = firstNext;
        NewCount = 0;
    }

    /// <summary>Records that candidate <paramref name="candidate"/> was a new state (in merge order).</summary>
    public void NoteNew(int candidate)
    {
        if (NewCount == _newCandidates.Length)
        {
            Array.Resize(ref _newCandidates, NewCount * 2);
        }

        _newCandidates[NewCount++] = candidate;
    }

    /// <summary>The candidate that was the <paramref name="j"/>-th new state.</summary>
    public int NewCandidate(int j) => _newCandidates[j];

    /// <summary>Clears the output for reuse.</summary>
    public void Reset()
    {
        Count = 0;
        NewCount = 0;
        Generated = 0;
        EventState = -1;
        EventError = null;
        EventIsAssert = false;
        EventActionProperty = -1;
        EventSuccessor = null;
        EventExcludedInvariant = -1;
        EventStepState = null;
        EventStepError = null;
        EventCandidateLimit = int.MaxValue;
    }

    /// <summary>The packed words of candidate <paramref name="i"/>.</summary>
    public ReadOnlySpan<uint> Packed(int i, int width) => _rows.Row(i, width);

    /// <summary>The packed words of candidates <paramref name="first"/> .. <paramref name="first"/> + <paramref name="count"/> - 1, end to end.</summary>
    public ReadOnlySpan<uint> PackedRange(int first, int count, int width) => _rows.Rows(first, count, width);

    /// <summary>Reserves room for one more candidate and returns its packed-word buffer.</summary>
    public Span<uint> Reserve(int width)
    {
        if (Count == _parents.Length)
        {
            var size = Count * 2;
            Array.Resize(ref _parents, size);
            Array.Resize(ref _edgeAtoms, size);
        }

        return _rows.Reserve(Count, width);
    }

    /// <summary>Commits the candidate whose words were written into the last <see cref="Reserve"/>.</summary>
    public void Commit(int parent, uint edgeAtoms = 0)
    {
        _parents[Count] = parent;
        _edgeAtoms[Count] = edgeAtoms;
        Count++;
    }

    /// <summary>
    /// Makes the step to <paramref name="to"/> (packed as <paramref name="packed"/>, the
    /// <paramref name="candidate"/>-th successor stored) the chunk's event when it violates an action
    /// property and no step was noted yet.
    /// </summary>
    public void NoteActionProperty(IModelWorker worker, Value[] from, Value[] to, ReadOnlySpan<uint> packed, int candidate)
    {
        if (HasStepEvent)
        {
            return;
        }

        int violated;
        try
        {
            violated = worker.FirstViolatedActionProperty(from, to);
        }
        catch (DiagnosticException e)
        {
            // The step's error, with the successor (stored, its invariants checked first) at the end of the trace.
            EventStepError = e.Diagnostic;
            EventSuccessor = packed.ToArray();
            EventCandidateLimit = candidate + 1;
            return;
        }

        if (violated >= 0)
        {
            EventActionProperty = violated;
            EventSuccessor = packed.ToArray();

            // The successor itself is stored, and TLC checks its invariants before the step's properties.
            EventCandidateLimit = candidate + 1;
        }
    }

    /// <summary>
    /// Makes the step to <paramref name="to"/>, a successor that the state or action constraints
    /// exclude, the chunk's event when <paramref name="to"/> violates an invariant (or fails) or the
    /// step an action property, and no step was noted yet; <paramref name="candidate"/> successors
    /// were stored before it.
    /// </summary>
    /// <remarks>
    /// Why a successor that is neither stored nor expanded is checked: TLC checks the invariants of
    /// every successor it has not seen and the action properties of every step, before it looks at
    /// the constraints, so a bound set with CONSTRAINT does not hide a violation just past it.
    /// </remarks>
    public void NoteExcluded(IModelWorker worker, Value[] from, Value[] to, bool checkInvariants, bool checkActions, int candidate)
    {
        if (HasStepEvent)
        {
            return;
        }

        try
        {
            var invariant = checkInvariants ? worker.FirstViolatedInvariant(to) : -1;
            if (invariant >= 0)
            {
                EventExcludedInvariant = invariant;
                NoteStepState(to, candidate);
                return;
            }

            var property = checkActions ? worker.FirstViolatedActionProperty(from, to) : -1;
            if (property >= 0)
            {
                EventActionProperty = property;
                NoteStepState(to, candidate);
            }
        }
        catch (DiagnosticException e)
        {
            // Why caught here: the error belongs to the successor, as for a stored one, and its trace shows it.
            NoteStepError(e.Diagnostic, to, candidate);
        }
    }

    /// <summary>
    /// Makes the step to <paramref name="to"/>, a successor that is not stored, the chunk's event
    /// with <paramref name="error"/> (raised while testing its constraints, its invariants or the
    /// step's properties) unless a step was noted already; <paramref name="candidate"/> successors
    /// were stored before it.
    /// </summary>
    public void NoteStepError(Diagnostic error, Value[] to, int candidate)
    {
        if (HasStepEvent)
        {
            return;
        }

        EventStepError = error;
        NoteStepState(to, candidate);
    }

    private void NoteStepState(Value[] to, int candidate)
    {
        EventStepState = (Value[])to.Clone();
        EventCandidateLimit = candidate;
    }
}
