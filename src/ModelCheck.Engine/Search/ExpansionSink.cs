using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>
/// Receives successors on a worker thread: counts them, applies state constraints, packs them and
/// drops those seen in earlier levels.
/// </summary>
internal sealed class ExpansionSink(IModelWorker worker, StateCodec codec, PackMemo memo, StateStore store, bool recordGraph, bool checkActions) : ParentSink
{
    private ChunkOutput? _output;

    /// <summary>Starts a chunk.</summary>
    public void Begin(ChunkOutput output) => _output = output;

    /// <inheritdoc />
    public override void Add(Value[] state)
    {
        var output = _output!;
        Successors++;
        output.Generated++;
        if (!worker.SatisfiesConstraints(state))
        {
            return;
        }

        var packed = output.Reserve(codec.WordCount);
        codec.Pack(state, packed, memo);
        if (checkActions)
        {
            output.NoteActionProperty(worker, ParentState, state, packed);
        }

        var known = store.IndexOf(packed, StateStore.Hash(packed));
        if (!recordGraph)
        {
            if (known < 0)
            {
                output.Commit(Parent);
            }

            return;
        }

        output.Commit(Parent, known, worker.EdgeAtoms(ParentState, state));
    }
}
