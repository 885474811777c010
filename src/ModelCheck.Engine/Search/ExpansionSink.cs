using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>
/// Receives successors on a worker thread: counts them, applies state constraints, packs them, drops
/// those seen in earlier levels and checks invariants on the rest.
/// </summary>
internal sealed class ExpansionSink(IModelWorker worker, StateCodec codec, StateStore store) : ISuccessorSink
{
    private ChunkOutput? _output;

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
        codec.Pack(state, packed);
        var hash = StateStore.Hash(packed);
        if (store.Contains(packed, hash))
        {
            return;
        }

        output.Commit(hash, Parent, worker.FirstViolatedInvariant(state));
    }
}
