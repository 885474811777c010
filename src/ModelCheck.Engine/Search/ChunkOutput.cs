using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Engine.Search;

/// <summary>
/// What one worker produced for one chunk of a level, in the chunk's order: candidate successors not
/// seen in earlier levels, and at most one event (deadlock or error) that ends the chunk.
/// </summary>
internal sealed class ChunkOutput
{
    private uint[] _words = new uint[1024];

    /// <summary>Candidates so far.</summary>
    public int Count { get; private set; }

    /// <summary>Successors computed, duplicates included.</summary>
    public long Generated { get; set; }

    /// <summary>Hash of each candidate.</summary>
    public int[] Hashes { get; private set; } = new int[64];

    /// <summary>Parent state number of each candidate.</summary>
    public int[] Parents { get; private set; } = new int[64];

    /// <summary>Index of the first invariant each candidate violates, or -1.</summary>
    public int[] Violations { get; private set; } = new int[64];

    /// <summary>When the state graph is recorded: the number of each candidate already stored, or -1.</summary>
    public int[] KnownIndices { get; private set; } = new int[64];

    /// <summary>When the state graph is recorded: the edge atoms of each candidate's step.</summary>
    public uint[] EdgeAtoms { get; private set; } = new uint[64];

    /// <summary>When the state graph is recorded: the state atoms of each expanded state, by position in the chunk.</summary>
    public ulong[] ParentAtoms { get; } = new ulong[BreadthFirstSearch.ChunkSize];

    /// <summary>The action property violated by the step to <see cref="EventSuccessor"/>, or -1.</summary>
    public int EventActionProperty { get; set; } = -1;

    /// <summary>The packed successor of a violated action property.</summary>
    public uint[]? EventSuccessor { get; set; }

    /// <summary>The state number at which the chunk stopped with a deadlock or error; -1 if none.</summary>
    public int EventState { get; set; } = -1;

    /// <summary>The error that stopped the chunk; null with a set <see cref="EventState"/> means deadlock.</summary>
    public Diagnostic? EventError { get; set; }

    /// <summary>True when the stopping error was a failed Assert.</summary>
    public bool EventIsAssert { get; set; }

    /// <summary>Clears the output for reuse.</summary>
    public void Reset()
    {
        Count = 0;
        Generated = 0;
        EventState = -1;
        EventError = null;
        EventIsAssert = false;
        EventActionProperty = -1;
        EventSuccessor = null;
    }

    /// <summary>The packed words of candidate <paramref name="i"/>.</summary>
    public ReadOnlySpan<uint> Packed(int i, int width) => new(_words, i * width, width);

    /// <summary>Reserves room for one more candidate and returns its packed-word buffer.</summary>
    public Span<uint> Reserve(int width)
    {
        if ((Count + 1) * width > _words.Length)
        {
            Array.Resize(ref _words, _words.Length * 2);
        }

        if (Count == Hashes.Length)
        {
            var size = Count * 2;
            var h = Hashes;
            var p = Parents;
            var v = Violations;
            var k = KnownIndices;
            var e = EdgeAtoms;
            Array.Resize(ref h, size);
            Array.Resize(ref p, size);
            Array.Resize(ref v, size);
            Array.Resize(ref k, size);
            Array.Resize(ref e, size);
            Hashes = h;
            Parents = p;
            Violations = v;
            KnownIndices = k;
            EdgeAtoms = e;
        }

        return new Span<uint>(_words, Count * width, width);
    }

    /// <summary>Commits the candidate whose words were written into the last <see cref="Reserve"/>.</summary>
    public void Commit(int hash, int parent, int violation, int knownIndex = -1, uint edgeAtoms = 0)
    {
        Hashes[Count] = hash;
        Parents[Count] = parent;
        Violations[Count] = violation;
        KnownIndices[Count] = knownIndex;
        EdgeAtoms[Count] = edgeAtoms;
        Count++;
    }
}
