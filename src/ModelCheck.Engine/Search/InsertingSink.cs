using System.Diagnostics;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Liveness;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>
/// Receives successors when one thread does all the work: counts them, applies state constraints,
/// inserts them into the seen set in small batches and checks the invariants on the new ones while
/// their values are at hand.
/// </summary>
/// <remarks>
/// <para>
/// Why a second sink: with several workers a successor is looked up in the seen set by its worker,
/// buffered, and looked up again when its level is merged, and a new state is unpacked again for its
/// invariants. One thread gains nothing from the split and pays for every step of it (on Grid, the
/// worker-side look-up alone was 9% of the run). Inserting in the order successors are produced
/// numbers states exactly as the merge does, so the results stay those of any worker count.
/// </para>
/// <para>
/// Why batches: see <see cref="StateStore.AddBatch"/>. A successor's values are kept (by reference:
/// values are immutable) until its batch is inserted, so its invariants need no unpacking.
/// </para>
/// </remarks>
internal sealed class InsertingSink(IModelWorker worker, StateCodec codec, PackMemo memo, StateStore store, bool checkActions, bool checkInvariants) : ParentSink, IChangedSuccessorSink
{
    /// <summary>Successors inserted together.</summary>
    internal const int BatchSize = 64;

    private readonly Value[][] _states = NewStates(codec.VariableCount);
    private readonly int[] _parents = new int[BatchSize];
    private readonly uint[] _edgeAtoms = new uint[BatchSize];
    private readonly int[] _indices = new int[BatchSize];
    private readonly bool[] _added = new bool[BatchSize];
    private readonly int[] _changeStarts = new int[BatchSize];
    private readonly int[] _changeCounts = new int[BatchSize];
    private ImageChange[] _changes = new ImageChange[BatchSize * codec.VariableCount];
    private int _changeEnd;
    private uint[] _keys = [];
    private int _width;
    private int _count;

    // Successors kept in this level so far, in order: the event's limit counts in these.
    private int _candidates;
    private List<int> _next = [];
    private StateGraph? _graph;

    /// <summary>The event that stops the level (deadlock, error, violated action property), as the merge reads it.</summary>
    public ChunkOutput Events { get; } = new();

    /// <summary>Successors computed in this level, duplicates included.</summary>
    public long Generated { get; private set; }

    /// <summary>The first new state, by position in the next level, whose invariants failed; -1 if none.</summary>
    public int FindingPosition { get; private set; } = -1;

    /// <summary>The invariant that failed at <see cref="FindingPosition"/>, or -1 for an evaluation error.</summary>
    public int FindingInvariant { get; private set; } = -1;

    /// <summary>The evaluation error at <see cref="FindingPosition"/>, if that is what failed.</summary>
    public Diagnostic? FindingError { get; private set; }

    /// <summary>Starts a level whose new states are appended to <paramref name="next"/>.</summary>
    public void Begin(List<int> next, StateGraph? graph)
    {
        _next = next;
        _graph = graph;
        _count = 0;
        _candidates = 0;
        _changeEnd = 0;
        Events.Reset();
        Generated = 0;
        FindingPosition = -1;
        FindingInvariant = -1;
        FindingError = null;
    }

    /// <inheritdoc />
    public override void Add(Value[] state)
    {
        Successors++;
        Generated++;
        bool satisfies;
        try
        {
            satisfies = worker.SatisfiesConstraints(state);
        }
        catch (DiagnosticException e)
        {
            // The successor's error, at the end of its trace, as TLC shows it.
            Events.NoteStepError(e.Diagnostic, state, _candidates);
            return;
        }

        if (!satisfies)
        {
            if (checkInvariants || checkActions)
            {
                Events.NoteExcluded(worker, ParentState, state, checkInvariants, checkActions, _candidates);
            }

            return;
        }

        var width = codec.WordCount;
        if (width != _width)
        {
            // The codec adopts its shape once, before any successor: nothing is pending then.
            Flush();
            _width = width;
            _keys = new uint[BatchSize * width];
        }

        var slot = _count;
        var packed = _keys.AsSpan(slot * width, width);
        codec.Pack(state, packed, memo);
        if (checkActions)
        {
            Events.NoteActionProperty(worker, ParentState, state, packed, _candidates);
        }

        if (_graph is not null)
        {
            _edgeAtoms[slot] = worker.EdgeAtoms(ParentState, state);
        }

        Keep(state, []);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Why the functions are built only for new states, at the flush: only their invariants read
    /// the successor's values, and three successors in four are states already seen on Grid.
    /// </remarks>
    public void AddChanged(Value[] state, ReadOnlySpan<ImageChange> changes)
    {
        var width = _width;
        if (checkActions || _graph is not null || codec.WordCount != width
            || !codec.PackChanged(state, changes, _keys.AsSpan(_count * width, width), memo))
        {
            // Why built here: properties of steps and the graph's edge atoms read the successor's
            // values, and a new width or an unsplit variable takes the general path.
            ImageChange.Apply(state, changes);
            Add(state);
            return;
        }

        Successors++;
        Generated++;
        Keep(state, changes);
    }

    /// <summary>Inserts the pending successors, in the order they came, and checks the new ones.</summary>
    public void Flush()
    {
        var count = _count;
        if (count == 0)
        {
            return;
        }

        _count = 0;
        var changeEnd = _changeEnd;
        _changeEnd = 0;
        store.AddBatch(_keys.AsSpan(0, count * _width), _parents.AsSpan(0, count), _indices, _added);
        for (var i = 0; i < count; i++)
        {
            var index = _indices[i];
            _graph?.AddEdge(index, _edgeAtoms[i]);
            if (!_added[i])
            {
                continue;
            }

            _next.Add(index);
            if (checkInvariants && FindingPosition < 0 && _candidates - count + i < Events.EventCandidateLimit)
            {
                if (_changeCounts[i] > 0)
                {
                    Debug.Assert(_changeStarts[i] + _changeCounts[i] <= changeEnd, "the batch's changes");
                    ImageChange.Apply(_states[i], _changes.AsSpan(_changeStarts[i], _changeCounts[i]));
                }

                CheckInvariants(_states[i]);
            }
        }
    }

    /// <summary>
    /// Keeps the values of the successor whose key was just packed into the pending batch's slot,
    /// with the <paramref name="changes"/> still to apply to them, and inserts the batch when full.
    /// </summary>
    private void Keep(Value[] state, ReadOnlySpan<ImageChange> changes)
    {
        var slot = _count;

        // Why element by element: copying references with CopyTo is a call into the runtime's bulk
        // copy, which costs more than the few values and changes of one successor.
        Span<Value> kept = _states[slot];
        Debug.Assert(state.Length == kept.Length, "one value per variable");
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = state[i];
        }

        if (_changeEnd + changes.Length > _changes.Length)
        {
            Array.Resize(ref _changes, Math.Max(_changes.Length * 2, _changeEnd + changes.Length));
        }

        var keptChanges = _changes.AsSpan(_changeEnd, changes.Length);
        for (var i = 0; i < keptChanges.Length; i++)
        {
            keptChanges[i] = changes[i];
        }

        _changeStarts[slot] = _changeEnd;
        _changeCounts[slot] = changes.Length;
        _changeEnd += changes.Length;
        _parents[slot] = Parent;
        _candidates++;
        if (++_count == BatchSize)
        {
            Flush();
        }
    }

    private static Value[][] NewStates(int variables)
    {
        var states = new Value[BatchSize][];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = new Value[variables];
        }

        return states;
    }

    // Why this may run inside the expansion of a later state (when a batch fills up): invariants are
    // state predicates, and the worker saves and restores the state it evaluates them on, as for state
    // constraints. As in TLC, which checks a state when it is generated, their Print output then
    // comes between that of the next-state action.
    private void CheckInvariants(Value[] state)
    {
        try
        {
            var violated = worker.FirstViolatedInvariant(state);
            if (violated >= 0)
            {
                FindingPosition = _next.Count - 1;
                FindingInvariant = violated;
            }
        }
        catch (DiagnosticException e)
        {
            // Why caught here: the error belongs to the new state, not to the step being expanded.
            FindingPosition = _next.Count - 1;
            FindingError = e.Diagnostic;
        }
    }
}
