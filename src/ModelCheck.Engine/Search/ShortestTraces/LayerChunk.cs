namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>
/// What one worker found for one chunk of a layer, in the chunk's order: candidate steps (or steps
/// that violate the action property) and, per state, its successor count and whether it failed.
/// </summary>
internal sealed class LayerChunk
{
    private readonly PackedRows _rows = new();
    private int[] _parents = new int[64];
    private int[] _targets = new int[64];
    private int[] _hashes = new int[64];
    private int[] _ordinals = new int[64];
    private string[] _actors = new string[64];

    /// <summary>Candidate steps so far.</summary>
    public int Count { get; private set; }

    /// <summary>The position in the layer of each step's source.</summary>
    public int[] Parents => _parents;

    /// <summary>The target's number in the search's store, or -1 when the search never stored it.</summary>
    public int[] Targets => _targets;

    /// <summary>The hash of each target's packed words.</summary>
    public int[] Hashes => _hashes;

    /// <summary>The position of each step among its source's successors, as the worker enumerates them.</summary>
    public int[] Ordinals => _ordinals;

    /// <summary>The acting process of each step.</summary>
    public string[] Actors => _actors;

    /// <summary>Per state of the chunk: successors enumerated, duplicates and constrained-away ones included.</summary>
    public int[] Successors { get; } = new int[BreadthFirstSearch.ChunkSize];

    /// <summary>Per state of the chunk: evaluating it raised a run-time error.</summary>
    public bool[] Failed { get; } = new bool[BreadthFirstSearch.ChunkSize];

    /// <summary>Per state of the chunk: it violates the invariant.</summary>
    public bool[] Violates { get; } = new bool[BreadthFirstSearch.ChunkSize];

    /// <summary>Clears the chunk for reuse.</summary>
    public void Reset()
    {
        Count = 0;
        Array.Clear(Successors);
        Array.Clear(Failed);
        Array.Clear(Violates);
    }

    /// <summary>The packed words of candidate <paramref name="i"/>.</summary>
    public ReadOnlySpan<uint> Packed(int i, int width) => _rows.Row(i, width);

    /// <summary>Reserves room for one more candidate and returns its packed-word buffer.</summary>
    public Span<uint> Reserve(int width)
    {
        if (Count == _parents.Length)
        {
            var size = Count * 2;
            Array.Resize(ref _parents, size);
            Array.Resize(ref _targets, size);
            Array.Resize(ref _hashes, size);
            Array.Resize(ref _ordinals, size);
            Array.Resize(ref _actors, size);
        }

        return _rows.Reserve(Count, width);
    }

    /// <summary>Commits the candidate whose words were written into the last <see cref="Reserve"/>.</summary>
    public void Commit(int parent, int target, int hash, int ordinal, string actor)
    {
        _parents[Count] = parent;
        _targets[Count] = target;
        _hashes[Count] = hash;
        _ordinals[Count] = ordinal;
        _actors[Count] = actor;
        Count++;
    }
}
