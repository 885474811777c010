using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// The exact seen-state set: every distinct packed state, numbered densely in insertion order, with
/// its parent's number for rebuilding traces. Open addressing over the numbers; no fingerprints, so
/// no collisions.
/// </summary>
/// <remarks>
/// Why no lock: the search reads it from many workers while a level is expanded and writes it from
/// one thread while the level is merged, never both at once (see <c>BreadthFirstSearch</c>).
/// </remarks>
internal sealed class StateStore
{
    private const int Empty = 0;
    private readonly int _words;
    private uint[] _arena;
    private int[] _parents;
    private int[] _table;
    private int _mask;
    private int _count;

    /// <summary>Creates a store for packed states of <paramref name="words"/> 32-bit words.</summary>
    public StateStore(int words, int initialCapacity = 1 << 16)
    {
        _words = words;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, initialCapacity));
        _arena = new uint[capacity * words];
        _parents = new int[capacity];
        _table = new int[capacity * 2];
        _mask = _table.Length - 1;
    }

    /// <summary>The number of distinct states.</summary>
    public int Count => _count;

    /// <summary>Bytes held per stored state by the packed vectors and the hash table (not the parent links).</summary>
    public double BytesPerState => _count == 0 ? 0 : ((double)_words * sizeof(uint) * _count + (double)_table.Length * sizeof(int)) / _count;

    /// <summary>Bytes per state of the parent links used to rebuild traces.</summary>
    public static int TraceLinkBytesPerState => sizeof(int);

    /// <summary>The packed words of state <paramref name="index"/>.</summary>
    public ReadOnlySpan<uint> Get(int index) => new(_arena, index * _words, _words);

    /// <summary>The parent of state <paramref name="index"/>, or -1 for an initial state.</summary>
    public int ParentOf(int index) => _parents[index];

    /// <summary>The hash of a packed state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ReadOnlySpan<uint> packed)
    {
        ulong h = 0x9E3779B97F4A7C15UL;
        foreach (var w in packed)
        {
            h = (h ^ w) * 0xBF58476D1CE4E5B9UL;
            h ^= h >> 29;
        }

        return (int)(h ^ (h >> 32));
    }

    /// <summary>True when <paramref name="packed"/> is stored. Safe to call from many threads while nobody inserts.</summary>
    public bool Contains(ReadOnlySpan<uint> packed, int hash) => Find(packed, hash) >= 0;

    /// <summary>The number of <paramref name="packed"/>, or -1 when absent. Safe to call from many threads while nobody inserts.</summary>
    public int IndexOf(ReadOnlySpan<uint> packed, int hash) => Find(packed, hash);

    /// <summary>
    /// Inserts <paramref name="packed"/> unless present. Returns the state's number and whether it was new.
    /// Single writer only.
    /// </summary>
    public (int Index, bool Added) Add(ReadOnlySpan<uint> packed, int hash, int parent)
    {
        Debug.Assert(packed.Length == _words, "packed state has the codec's width");
        var slot = hash & _mask;
        while (true)
        {
            var entry = _table[slot];
            if (entry == Empty)
            {
                break;
            }

            if (Get(entry - 1).SequenceEqual(packed))
            {
                return (entry - 1, false);
            }

            slot = (slot + 1) & _mask;
        }

        var index = _count;
        EnsureArena(index + 1);
        packed.CopyTo(new Span<uint>(_arena, index * _words, _words));
        _parents[index] = parent;
        _table[slot] = index + 1;
        _count = index + 1;
        if ((long)_count * 2 > _table.Length)
        {
            Rehash(_table.Length * 2);
        }

        return (index, true);
    }

    private int Find(ReadOnlySpan<uint> packed, int hash)
    {
        var table = _table;
        var mask = table.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var entry = table[slot];
            if (entry == Empty)
            {
                return -1;
            }

            if (Get(entry - 1).SequenceEqual(packed))
            {
                return entry - 1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private void EnsureArena(int states)
    {
        if (states <= _parents.Length)
        {
            return;
        }

        var capacity = _parents.Length * 2;
        Array.Resize(ref _arena, capacity * _words);
        Array.Resize(ref _parents, capacity);
    }

    private void Rehash(int size)
    {
        var table = new int[size];
        var mask = size - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = Hash(Get(i)) & mask;
            while (table[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = i + 1;
        }

        _table = table;
        _mask = mask;
    }
}
