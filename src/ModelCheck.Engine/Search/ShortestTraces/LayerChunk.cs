namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>
/// What one worker found for one chunk of a layer, in the chunk's order: candidate steps (or steps
/// that violate the action property) and, per state, its successor count and whether it failed.
/// </summary>
internal sealed class LayerChunk
{
    private uint[] _words = new uint[1024];

    /// <summary>Candidate steps so far.</summary>
    public int Count { get; private set; }

    /// <summary>The position in the layer of each step's source.</summary>
    public int[] Parents { get; private set; } = new int[64];

    /// <summary>The target's number in the search's store, or -1 when the search never stored it.</summary>
    public int[] Targets { get; private set; } = new int[64];

    /// <summary>The hash of each target's packed words.</summary>
    public int[] Hashes { get; private set; } = new int[64];

    /// <summary>The position of each step among its source's successors, as the worker enumerates them.</summary>
    public int[] Ordinals { get; private set; } = new int[64];

    /// <summary>The acting process of each step.</summary>
    public string[] Actors { get; private set; } = new string[64];

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
    public ReadOnlySpan<uint> Packed(int i, int width) => new(_words, i * width, width);

    /// <summary>Reserves room for one more candidate and returns its packed-word buffer.</summary>
    public Span<uint> Reserve(int width)
    {
        if ((Count + 1) * width > _words.Length)
        {
            Array.Resize(ref _words, Math.Max(_words.Length * 2, (Count + 1) * width));
        }

        if (Count == Parents.Length)
        {
            var size = Count * 2;
            var parents = Parents;
            var targets = Targets;
            var hashes = Hashes;
            var ordinals = Ordinals;
            var actors = Actors;
            Array.Resize(ref parents, size);
            Array.Resize(ref targets, size);
            Array.Resize(ref hashes, size);
            Array.Resize(ref ordinals, size);
            Array.Resize(ref actors, size);
            Parents = parents;
            Targets = targets;
            Hashes = hashes;
            Ordinals = ordinals;
            Actors = actors;
        }

        return new Span<uint>(_words, Count * width, width);
    }

    /// <summary>Commits the candidate whose words were written into the last <see cref="Reserve"/>.</summary>
    public void Commit(int parent, int target, int hash, int ordinal, string actor)
    {
        Parents[Count] = parent;
        Targets[Count] = target;
        Hashes[Count] = hash;
        Ordinals[Count] = ordinal;
        Actors[Count] = actor;
        Count++;
    }
}
