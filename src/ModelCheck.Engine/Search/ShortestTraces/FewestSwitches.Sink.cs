using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>The per-worker sink that records what a pass over a layer needs.</summary>
internal sealed partial class FewestSwitches
{
    private sealed class LayerSink(FewestSwitches owner, IModelWorker worker) : ISuccessorSink
    {
        private readonly Value[] _state = new Value[owner._codec.VariableCount];
        private readonly PackMemo _memo = new();
        private LayerChunk _chunk = null!;
        private SinkMode _mode;

        /// <summary>The model worker this sink belongs to.</summary>
        public IModelWorker Worker => worker;

        /// <summary>The position in the layer of the state being expanded.</summary>
        public int Parent { get; set; }

        /// <summary>Successors of <see cref="Parent"/> so far.</summary>
        public int Successors { get; set; }

        /// <summary>The number the next layer will have (1-based).</summary>
        public int NextLayer { get; set; }

        /// <summary>Starts a chunk.</summary>
        public void Begin(LayerChunk chunk, SinkMode mode, int nextLayer)
        {
            _chunk = chunk;
            _mode = mode;
            NextLayer = nextLayer;
        }

        /// <summary>Unpacks state <paramref name="id"/> into this sink's buffer, which stays valid until the next load.</summary>
        public Value[] Load(int id)
        {
            owner._codec.UnpackInto(owner.Packed(id), _state, _memo);
            return _state;
        }

        /// <inheritdoc />
        public void Add(Value[] state)
        {
            var ordinal = Successors++;
            if (_mode == SinkMode.CountOnly || !worker.SatisfiesConstraints(state))
            {
                return;
            }

            var width = owner._codec.WordCount;
            if (_mode == SinkMode.ActionProperty)
            {
                if (worker.FirstViolatedActionProperty(_state, state) != owner._violation.Property)
                {
                    return;
                }

                var words = _chunk.Reserve(width);
                owner._codec.Pack(state, words, _memo);
                _chunk.Commit(Parent, -1, StateStore.Hash(words), ordinal, worker.DescribeCurrentActor());
                return;
            }

            var packed = _chunk.Reserve(width);
            owner._codec.Pack(state, packed, _memo);
            var hash = StateStore.Hash(packed);
            var known = owner._store.IndexOf(packed, hash);

            // Why drop states of earlier layers here: a step back to them is on no shortest path.
            if (known >= 0 && owner._layerOf[known] != 0 && owner._layerOf[known] != NextLayer)
            {
                return;
            }

            _chunk.Commit(Parent, known, hash, ordinal, worker.DescribeCurrentActor());
        }
    }
}
