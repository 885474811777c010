using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>Per-worker scratch: the model worker, an unpack buffer and the successor sink.</summary>
internal sealed class ExpansionScratch
{
    private readonly StateCodec _codec;
    private readonly Value[] _state;
    private readonly PackMemo _memo;
    private uint[] _key = [];
    private uint[] _chunkKeys = [];
    private int _chunkWidth;

    /// <summary>Creates scratch for one worker thread.</summary>
    public ExpansionScratch(IModelWorker worker, StateCodec codec, PackMemo memo, ExpansionSink sink, InsertingSink inserting)
    {
        _memo = memo;
        Worker = worker;
        _codec = codec;
        Sink = sink;
        Inserting = inserting;
        _state = new Value[codec.VariableCount];
    }

    /// <summary>The model worker.</summary>
    public IModelWorker Worker { get; }

    /// <summary>The sink that packs and filters successors.</summary>
    public ExpansionSink Sink { get; }

    /// <summary>The sink that inserts successors at once, when this is the only worker.</summary>
    public InsertingSink Inserting { get; }

    /// <summary>The chunk outputs this worker merged in its current turn, to check and recycle once it lets the merge go.</summary>
    public List<ChunkOutput> Merged { get; } = [];

    /// <summary>
    /// Reads the keys of <paramref name="states"/> (stored in earlier levels) at once, while the merge
    /// may be inserting, for <see cref="LoadDecoded"/>.
    /// </summary>
    public void DecodeChunk(StateStore store, ReadOnlySpan<int> states) => _chunkWidth = store.DecodeMany(states, ref _chunkKeys);

    /// <summary>
    /// Unpacks the <paramref name="position"/>-th state of the last <see cref="DecodeChunk"/> into
    /// this worker's reusable buffer, remembering the values for packing its successors.
    /// </summary>
    public Value[] LoadDecoded(int position) => LoadKey(_chunkKeys.AsSpan(position * _chunkWidth, _chunkWidth));

    /// <summary>Unpacks <paramref name="key"/> into this worker's reusable buffer (between chunks only: it replaces the state being expanded).</summary>
    public Value[] LoadKey(ReadOnlySpan<uint> key)
    {
        _codec.UnpackInto(key, _state, _memo);
        return _state;
    }

    /// <summary>
    /// Reads state <paramref name="index"/> of <paramref name="store"/> into this worker's reusable
    /// buffer, remembering the values for packing its successors. Why its own key buffer: the
    /// store's per-thread buffer costs a thread-local look-up per state.
    /// </summary>
    public Value[] Load(StateStore store, int index) => LoadKey(store.Get(index, ref _key));
}
