using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ModelCheck.Engine.Storage;

/// <summary>The open-addressing table of state numbers.</summary>
/// <remarks>
/// <para>
/// Why this layout: an entry is one 32-bit word, the state number plus one in the low bits (0 is
/// empty) and, above it, as many bits of the hash as are left over (a tag). Most probes that do not
/// match are rejected by the tag without reading the row. Linear probing from a home slot chosen by
/// a multiply-shift of the hash (so the table size need not be a power of two), grown by half when
/// 80% full: the hashed table takes 5 to 7.5 bytes per state.
/// </para>
/// <para>
/// Why a direct table for narrow rows: when rows take <see cref="MinDirectBits"/> to
/// <see cref="MaxDirectBits"/> bits and the table indexed by the row itself would be at most
/// <see cref="DirectFactor"/> times the hashed one, the entry of a row is at the row's own value. A
/// look-up is then one read, with no hash, no probing and no row to compare, and adding states
/// never grows the table (only a wider layout does). It takes up to four times the hashed table's
/// bytes (about 30 per state right after the switch) and at most 16 MB. Grid's 20-bit rows (810,000
/// of 1,048,576) switch to it at 199,294 states, and it takes 5.2 bytes per state at the end.
/// The mode never changes a state's number, only how the number is found.
/// </para>
/// </remarks>
internal sealed partial class StateStore
{
    private const double MaxLoad = 0.8;
    private const int MaxTableSize = 1 << 30;

    /// <summary>Widest rows indexed directly: a table of 2^22 entries takes 16 MB.</summary>
    private const int MaxDirectBits = 22;

    /// <summary>
    /// Narrowest rows indexed directly. Why: a hashed table of fewer entries stays in the cache
    /// anyway, and a direct one would only report more bytes per state for small models.
    /// </summary>
    private const int MinDirectBits = 16;

    /// <summary>How many times the hashed table's size a direct table may be.</summary>
    private const int DirectFactor = 4;

    private uint[] _table = [];

    // The hashed table's size, or with a direct table the size it would have: the count it holds
    // at 80% is what decides growth and the switch between the two.
    private int _hashSize;
    private bool _direct;
    private int _indexBits;
    private uint _indexMask;
    private int _growAt;

    private long TableBytes => (long)_table.Length * sizeof(uint);

    private static int TableSizeFor(int states) => (int)Math.Min(MaxTableSize, Math.Max(16, Math.Ceiling(states / MaxLoad) + 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Home(int hash, int size) => (int)(((ulong)(uint)hash * (ulong)size) >> 32);

    private void InitTable(int size)
    {
        Debug.Assert(size is >= 16 and <= MaxTableSize, "table size in range");
        _hashSize = size;
        _growAt = (int)(size * MaxLoad);
        var bits = _layout.TotalBits;
        _direct = _fingerprints is null && bits is >= MinDirectBits and <= MaxDirectBits && (1L << bits) <= (long)DirectFactor * size;
        if (_direct)
        {
            _table = new uint[1 << bits];
            return;
        }

        _table = new uint[size];

        // Why the index gets the bit length of the size: numbers stay below the size (the table
        // grows at 80% load), so number + 1 fits, and the tag gets the rest (at least one bit).
        _indexBits = 32 - BitOperations.LeadingZeroCount((uint)size);
        _indexMask = (1u << _indexBits) - 1;
    }

    /// <summary>The table hash of a row held in whole words (see <see cref="StateHash.OfRowWords"/>): with a direct table, the row itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int HashOfRowWords(ReadOnlySpan<ulong> words, int rowBytes) => _direct ? (int)words[0] : StateHash.OfRowWords(words, rowBytes);

    /// <summary>The table hash of a stored row: with a direct table, the row itself.</summary>
    private int HashOfRow(ReadOnlySpan<byte> row)
    {
        if (!_direct)
        {
            return StateHash.OfRow(row);
        }

        Debug.Assert(row.Length <= sizeof(int), "a direct row fits an int");
        var value = 0;
        for (var i = 0; i < row.Length; i++)
        {
            value |= row[i] << (8 * i);
        }

        return value;
    }

    /// <summary>The slot a look-up of <paramref name="hash"/> starts at.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int HomeSlot(int hash) => _direct ? hash : Home(hash, _table.Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Tag(int hash) => (uint)hash << _indexBits;

    private int FindRow(ReadOnlySpan<byte> row, int hash, out int slot)
    {
        if (_direct)
        {
            Debug.Assert(hash == HashOfRow(row), "a direct table's hash is the row");
            slot = hash;
            return (int)_table[hash] - 1;
        }

        var table = _table;
        var size = table.Length;
        var indexMask = _indexMask;
        var tag = Tag(hash);
        var rows = _rows;
        var position = Home(hash, size);
        while (true)
        {
            var entry = table[position];
            if (entry == 0)
            {
                slot = position;
                return -1;
            }

            if ((entry & ~indexMask) == tag)
            {
                var index = (int)(entry & indexMask) - 1;
                if (rows.Row(index).SequenceEqual(row))
                {
                    slot = position;
                    return index;
                }
            }

            if (++position == size)
            {
                position = 0;
            }
        }
    }

    private int FindFingerprint(ulong fingerprint, int hash, out int slot)
    {
        var table = _table;
        var size = table.Length;
        var indexMask = _indexMask;
        var tag = Tag(hash);
        var fingerprints = _fingerprints!;
        var position = Home(hash, size);
        while (true)
        {
            var entry = table[position];
            if (entry == 0)
            {
                slot = position;
                return -1;
            }

            if ((entry & ~indexMask) == tag)
            {
                var index = (int)(entry & indexMask) - 1;
                if (fingerprints[index] == fingerprint)
                {
                    slot = position;
                    return index;
                }
            }

            if (++position == size)
            {
                position = 0;
            }
        }
    }

    private void Insert(int slot, int hash, int index)
    {
        Debug.Assert(_table[slot] == 0, "an empty slot");
        if (_direct)
        {
            _table[slot] = (uint)(index + 1);
            return;
        }

        Debug.Assert((uint)(index + 1) <= _indexMask, "the number fits the index bits");
        _table[slot] = Tag(hash) | (uint)(index + 1);
    }

    private void Grow()
    {
        var size = _hashSize;
        if (size >= MaxTableSize)
        {
            throw new InvalidOperationException($"the seen-state set is full ({_count} states)");
        }

        var grown = (int)Math.Min(MaxTableSize, size + (size / 2));
        if (_direct)
        {
            // A direct table already has a slot for every row; only the size a hashed table would
            // have moves on, for when a wider layout leaves no direct table.
            _hashSize = grown;
            _growAt = (int)(grown * MaxLoad);
            return;
        }

        RebuildTable(grown);
    }

    /// <summary>Rebuilds the table at <paramref name="size"/> from the stored states' keys.</summary>
    /// <remarks>
    /// Why in blocks with the slots fetched ahead: nearly every insertion into a table bigger than
    /// the cache waits for a miss on its home slot, and a rebuild is nothing but such insertions (4%
    /// of Grid's run, one at a time). Hashing a block first and asking for all its home slots lets
    /// the misses overlap, as in <see cref="AddBatch"/>; the states still go in in order.
    /// Why compiled on first call: a rebuild is one long loop run a few times per search, and the
    /// runtime never replaces the precompiled code of a loop it is already in.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RebuildTable(int size)
    {
        const int Block = 32;
        InitTable(size);
        var table = _table;
        Span<int> hashes = stackalloc int[Block];
        for (var start = 0; start < _count; start += Block)
        {
            var end = Math.Min(_count, start + Block);
            for (var i = start; i < end; i++)
            {
                var hash = _fingerprints is not null ? StateHash.Fold(_fingerprints[i]) : HashOfRow(_rows.Row(i));
                hashes[i - start] = hash;
                if (Sse.IsSupported)
                {
                    Prefetch(HomeSlot(hash));
                }
            }

            for (var i = start; i < end; i++)
            {
                var hash = hashes[i - start];
                var position = HomeSlot(hash);
                while (table[position] != 0)
                {
                    Debug.Assert(!_direct, "distinct rows have distinct direct slots");
                    if (++position == table.Length)
                    {
                        position = 0;
                    }
                }

                Insert(position, hash, i);
            }
        }
    }
}
