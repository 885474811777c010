using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Liveness;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>
/// Receives successors when one thread does all the work: counts them, applies state constraints,
/// inserts each into the seen set at once and checks the invariants on the new ones while their
/// values are at hand.
/// </summary>
/// <remarks>
/// Why a second sink: with several workers a successor is looked up in the seen set by its worker,
/// buffered, and looked up again when its level is merged, and a new state is unpacked again for its
/// invariants. One thread gains nothing from the split and pays for every step of it (on Grid, the
/// worker-side look-up alone was 9% of the run). Inserting in the order successors are produced
/// numbers states exactly as the merge does, so the results stay those of any worker count.
/// </remarks>
internal sealed class InsertingSink(IModelWorker worker, StateCodec codec, PackMemo memo, StateStore store, bool checkActions, bool checkInvariants) : ISuccessorSink
{
    private uint[] _packed = [];
    private List<int> _next = [];
    private StateGraph? _graph;

    /// <summary>The event that stops the level (deadlock, error, violated action property), as the merge reads it.</summary>
    public ChunkOutput Events { get; } = new();

    /// <summary>The values of <see cref="Parent"/>, for properties of steps.</summary>
    public Value[] ParentState { get; set; } = [];

    /// <summary>The state being expanded.</summary>
    public int Parent { get; set; }

    /// <summary>Successors of <see cref="Parent"/> so far, for deadlock detection.</summary>
    public int Successors { get; set; }

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
        Events.Reset();
        Generated = 0;
        FindingPosition = -1;
        FindingInvariant = -1;
        FindingError = null;
    }

    /// <inheritdoc />
    public void Add(Value[] state)
    {
        Successors++;
        Generated++;
        if (!worker.SatisfiesConstraints(state))
        {
            return;
        }

        var width = codec.WordCount;
        if (_packed.Length != width)
        {
            _packed = new uint[width];
        }

        var packed = _packed;
        codec.Pack(state, packed, memo);
        if (checkActions && Events.EventActionProperty < 0)
        {
            var violated = worker.FirstViolatedActionProperty(ParentState, state);
            if (violated >= 0)
            {
                Events.EventActionProperty = violated;
                Events.EventSuccessor = (uint[])packed.Clone();
            }
        }

        var (index, added) = store.Add(packed, Parent);
        _graph?.AddEdge(index, worker.EdgeAtoms(ParentState, state));
        if (!added)
        {
            return;
        }

        _next.Add(index);
        if (checkInvariants && FindingPosition < 0)
        {
            CheckInvariants(state);
        }
    }

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
