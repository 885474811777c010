using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>Collects the search's numbers of the initial states that satisfy the state constraints, in order (-1 for one it never stored).</summary>
internal sealed class InitialCollector(IModelWorker worker, StateCodec codec, StateStore store) : ISuccessorSink
{
    private uint[] _packed = [];

    /// <summary>The numbers, duplicates included.</summary>
    public List<int> Ids { get; } = [];

    /// <inheritdoc />
    public void Add(Value[] state)
    {
        if (!worker.SatisfiesConstraints(state))
        {
            return;
        }

        if (_packed.Length != codec.WordCount)
        {
            _packed = new uint[codec.WordCount];
        }

        codec.Pack(state, _packed);
        Ids.Add(store.IndexOf(_packed, StateStore.Hash(_packed)));
    }
}
