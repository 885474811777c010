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
            Array.Resize(ref h, size);
            Array.Resize(ref p, size);
            Array.Resize(ref v, size);
            Hashes = h;
            Parents = p;
            Violations = v;
        }

        return new Span<uint>(_words, Count * width, width);
    }

    /// <summary>Commits the candidate whose words were written into the last <see cref="Reserve"/>.</summary>
    public void Commit(int hash, int parent, int violation)
    {
        Hashes[Count] = hash;
        Parents[Count] = parent;
        Violations[Count] = violation;
        Count++;
    }
}
