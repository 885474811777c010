using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>
/// Receives successors on a worker thread: counts them, applies state constraints, packs them and,
/// in batches, drops those seen in earlier levels.
/// </summary>
internal sealed class ExpansionSink(IModelWorker worker, StateCodec codec, PackMemo memo, StateStore store, bool recordGraph, bool checkActions) : ISuccessorSink
{
    private readonly int[] _known = new int[InsertingSink.BatchSize];
    private ChunkOutput? _output;
    private ulong[] _scratch = [];
    private int _firstPending;

    /// <summary>The values of <see cref="Parent"/>, for properties of steps.</summary>
    public Value[] ParentState { get; set; } = [];

    /// <summary>The state being expanded.</summary>
    public int Parent { get; set; }

    /// <summary>Successors of <see cref="Parent"/> so far, for deadlock detection.</summary>
    public int Successors { get; set; }

    /// <summary>Starts a chunk.</summary>
    public void Begin(ChunkOutput output)
    {
        _output = output;
        _firstPending = 0;
    }

    /// <inheritdoc />
    public void Add(Value[] state)
    {
        var output = _output!;
        Successors++;
        output.Generated++;
        if (!worker.SatisfiesConstraints(state))
        {
            return;
        }

        var width = codec.WordCount;
        var packed = output.Reserve(width);
        codec.Pack(state, packed, memo);
        if (checkActions && output.EventActionProperty < 0)
        {
            var violated = worker.FirstViolatedActionProperty(ParentState, state);
            if (violated >= 0)
            {
                output.EventActionProperty = violated;
                output.EventSuccessor = packed.ToArray();
            }
        }

        output.Commit(Parent, -1, recordGraph ? worker.EdgeAtoms(ParentState, state) : 0);
        if (output.Count - _firstPending == InsertingSink.BatchSize)
        {
            Resolve();
        }
    }

    /// <summary>
    /// Looks up the candidates not yet looked up in earlier levels' states: drops those found, or,
    /// when the graph is recorded, notes their numbers. Call before the chunk is read.
    /// </summary>
    /// <remarks>
    /// Why in batches: see <see cref="StateStore.IndexOfBatch"/>; one look-up at a time waited for
    /// one cache miss at a time.
    /// </remarks>
    public void Resolve()
    {
        var output = _output!;
        var count = output.Count - _firstPending;
        if (count > 0)
        {
            var width = codec.WordCount;
            var known = _known.AsSpan(0, count);
            store.IndexOfBatch(output.PackedRange(_firstPending, count, width), known, ref _scratch);
            if (recordGraph)
            {
                known.CopyTo(output.KnownIndices.AsSpan(_firstPending));
            }
            else
            {
                output.DropKnown(_firstPending, known, width);
            }
        }

        _firstPending = output.Count;
    }
}
