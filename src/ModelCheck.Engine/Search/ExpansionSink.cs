using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>
/// Receives successors on a worker thread: counts them, applies state constraints, packs them, drops
/// those seen in earlier levels and checks invariants on the rest.
/// </summary>
internal sealed class ExpansionSink(IModelWorker worker, StateCodec codec, PackMemo memo, StateStore store, bool recordGraph, bool checkActions) : ISuccessorSink
{
    private ChunkOutput? _output;

    /// <summary>The values of <see cref="Parent"/>, for properties of steps.</summary>
    public Value[] ParentState { get; set; } = [];

    /// <summary>The state being expanded.</summary>
    public int Parent { get; set; }

    /// <summary>Successors of <see cref="Parent"/> so far, for deadlock detection.</summary>
    public int Successors { get; set; }

    /// <summary>Starts a chunk.</summary>
    public void Begin(ChunkOutput output) => _output = output;

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

        var hash = StateStore.Hash(packed);
        var known = store.IndexOf(packed, hash);
        if (!recordGraph)
        {
            if (known < 0)
            {
                output.Commit(hash, Parent, -1);
            }

            return;
        }

        var edgeAtoms = worker.EdgeAtoms(ParentState, state);
        output.Commit(hash, Parent, -1, known, edgeAtoms);
    }
}
