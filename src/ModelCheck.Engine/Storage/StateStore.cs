using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// The seen-state set: every distinct state as a bit-packed row, numbered densely in insertion order,
/// with its parent's number for rebuilding traces, and an open-addressing table of state numbers.
/// Exact by default (a match compares the rows); with fingerprints, a match compares 64-bit hashes
/// of the keys instead (see <see cref="UsesFingerprints"/>).
/// </summary>
/// <remarks>
/// <para>
/// Why almost no locking: one thread inserts (the merge), while workers only decode the rows of
/// states stored in earlier levels (<see cref="DecodeMany"/>). Appending rows never changes a stored
/// row's bytes (a grown segment is a copy, published once filled), so those reads need no lock.
/// Only rewriting every row for a new layout does, and it is rare (a slot widens at most 32 times):
/// it holds a gate that <see cref="DecodeMany"/> takes once per batch. Look-ups
/// (<see cref="IndexOf"/>) and single reads (<see cref="Get(int)"/>) are for when nobody inserts.
/// The first read after states were added adopts the codec's shape under a lock of its own.
/// </para>
/// <para>
/// Callers speak keys (one 32-bit id per slot, see <see cref="StateCodec"/>); rows are the store's
/// own form. <see cref="Get(int)"/> decodes a row back into a key.
/// </para>
/// <para>
/// Why rows are kept with fingerprints too: the search expands a level by reading its states back
/// (<see cref="Get(int)"/>) and rebuilds a trace from the rows of the states on the path, so the rows are
/// needed whatever the table compares; fingerprints only spare the comparison of wide rows. Keeping
/// only fingerprints (TLC's way) would need the frontier kept apart and traces rebuilt by searching
/// again, which is a change to the search, not to the store.
/// </para>
/// </remarks>
internal sealed partial class StateStore
{
    /// <summary>Rows wider than this many bytes switch the seen set to fingerprints.</summary>
    public const int FingerprintRowBytes = 64;

    /// <summary>Largest scratch (64-bit words) taken from the stack.</summary>
    private const int StackScratchWords = 64;

    [ThreadStatic]
    private static uint[]? s_keyBuffer;

    private readonly StateCodec _codec;
    private readonly Lock _shapeGate = new();
    private readonly Lock _rowsGate = new();
    private readonly SegmentedArray<int> _parents;
    private readonly int _initialCapacity;
    private BitLayout _layout;
    private RowArena _rows;
    private SegmentedArray<ulong>? _fingerprints;
    private int _layoutGeneration;
    private int _count;
    private volatile bool _shapeSettled;

    /// <summary>
    /// Creates a store for keys of <paramref name="codec"/>; with <paramref name="fingerprints"/> the
    /// seen set compares 64-bit fingerprints from the start instead of rows.
    /// </summary>
    public StateStore(StateCodec codec, bool fingerprints = false, int initialCapacity = 1024)
    {
        _codec = codec;
        _initialCapacity = Math.Max(16, initialCapacity);
        _parents = new SegmentedArray<int>(sizeof(int), _initialCapacity);
        _layoutGeneration = codec.Generation;
        _layout = NewLayout();
        _rows = new RowArena(_layout.RowBytes, _initialCapacity);
        if (fingerprints || _layout.RowBytes > FingerprintRowBytes)
        {
            _fingerprints = new SegmentedArray<ulong>(sizeof(ulong), _initialCapacity);
        }

        InitTable(TableSizeFor(_initialCapacity));
    }

    /// <summary>The number of distinct states.</summary>
    public int Count => _count;

    /// <summary>The codec whose keys the store holds.</summary>
    public StateCodec Codec => _codec;

    /// <summary>True when matches compare 64-bit fingerprints rather than whole rows.</summary>
    public bool UsesFingerprints => _fingerprints is not null;

    /// <summary>True when the table is indexed by the rows themselves (see <see cref="MaxDirectBits"/>).</summary>
    public bool UsesDirectTable => _direct;

    /// <summary>Bytes per stored state of the rows and the seen-set table (and fingerprints), capacity included; not the parent links.</summary>
    public double BytesPerState => _count == 0 ? 0 : (double)(_rows.AllocatedBytes + TableBytes + (_fingerprints?.AllocatedBytes ?? 0)) / _count;

    /// <summary>Bytes per state of the parent links used to rebuild traces.</summary>
    public static int TraceLinkBytesPerState => sizeof(int);

    /// <summary>
    /// The key of state <paramref name="index"/>, decoded into a buffer of this thread that the next
    /// call on the same thread overwrites. Safe from many threads while nobody inserts.
    /// </summary>
    public ReadOnlySpan<uint> Get(int index)
    {
        var buffer = s_keyBuffer ?? [];
        Get(index, ref buffer);
        s_keyBuffer = buffer;
        return buffer;
    }

    /// <summary>
    /// The key of state <paramref name="index"/>, decoded into <paramref name="buffer"/> (replaced when
    /// the key width changed). Safe from many threads, each with its own buffer, while nobody inserts.
    /// </summary>
    public ReadOnlySpan<uint> Get(int index, ref uint[] buffer)
    {
        EnsureShapeSettled();
        var words = _codec.WordCount;
        if (buffer.Length != words)
        {
            buffer = new uint[words];
        }

        Decode(index, buffer);
        return buffer;
    }

    /// <summary>
    /// Decodes the keys of states <paramref name="indices"/>, end to end, into <paramref name="keys"/>
    /// (replaced when too small), and returns the key width. Safe from many threads while one thread
    /// inserts, as long as the states were stored before the insertions began.
    /// </summary>
    public int DecodeMany(ReadOnlySpan<int> indices, ref uint[] keys)
    {
        EnsureShapeSettled();
        lock (_rowsGate)
        {
            var words = _codec.WordCount;
            if (keys.Length < indices.Length * words)
            {
                keys = new uint[indices.Length * words];
            }

            for (var i = 0; i < indices.Length; i++)
            {
                Decode(indices[i], keys.AsSpan(i * words, words));
            }

            return words;
        }
    }

    /// <summary>Decodes the key of state <paramref name="index"/> into <paramref name="key"/>.</summary>
    [SkipLocalsInit] // Why: the scratch is cleared by the layout before use.
    public void Decode(int index, Span<uint> key)
    {
        Debug.Assert((uint)index < (uint)_count, "a stored state");
        var layout = _layout;
        var n = layout.ScratchWords;
        var scratch = n <= StackScratchWords ? stackalloc ulong[n] : new ulong[n];
        layout.Decode(_rows.Row(index), key, scratch);
    }

    /// <summary>The parent of state <paramref name="index"/>, or -1 for an initial state.</summary>
    public int ParentOf(int index) => _parents[index];

    /// <summary>The hash of a key, as the seen set indexes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ReadOnlySpan<uint> packed) => StateHash.Fold(StateHash.Fingerprint(packed));

    /// <summary>True when <paramref name="packed"/> is stored. Safe to call from many threads while nobody inserts.</summary>
    public bool Contains(ReadOnlySpan<uint> packed, int hash) => IndexOf(packed, hash) >= 0;

    /// <summary>The number of <paramref name="packed"/>, or -1 when absent. Safe to call from many threads while nobody inserts.</summary>
    [SkipLocalsInit] // Why: the scratch is cleared by the layout before use.
    public int IndexOf(ReadOnlySpan<uint> packed, int hash)
    {
        EnsureShapeSettled();
        Debug.Assert(hash == Hash(packed), "the hash is the key's");
        if (_fingerprints is not null)
        {
            return FindFingerprint(StateHash.Fingerprint(packed), hash, out _);
        }

        var layout = _layout;
        var n = layout.ScratchWords;
        var scratch = n <= StackScratchWords ? stackalloc ulong[n] : new ulong[n];

        // A key with an id wider than its field cannot be stored: every field was sized for every
        // id of every stored state.
        if (!layout.TryEncode(packed, scratch))
        {
            return -1;
        }

        var row = RowOf(scratch, layout);
        return FindRow(row, HashOfRowWords(scratch, layout.RowBytes), out _);
    }

    /// <summary>
    /// Inserts <paramref name="packed"/> unless present. Returns the state's number and whether it was new.
    /// Single writer only; readers may only use <see cref="DecodeMany"/> meanwhile.
    /// </summary>
    /// <remarks>
    /// Why no hash from the caller: the exact table hashes rows, and fingerprints are computed here
    /// (the table may switch to them during this very call, see <see cref="Relayout"/>).
    /// </remarks>
    [SkipLocalsInit] // Why: the scratch is cleared by the layout before use.
    public (int Index, bool Added) Add(ReadOnlySpan<uint> packed, int parent)
    {
        Debug.Assert(packed.Length == _codec.WordCount, "the key has the codec's width");
        if (_codec.Generation != _layoutGeneration)
        {
            Relayout();
        }

        var layout = _layout;
        var n = layout.ScratchWords;
        var scratch = n <= StackScratchWords ? stackalloc ulong[n] : new ulong[n];
        if (!layout.TryEncode(packed, scratch))
        {
            ThrowStaleLayout();
        }

        var fingerprint = _fingerprints is not null ? StateHash.Fingerprint(packed) : 0;
        var hash = _fingerprints is not null ? StateHash.Fold(fingerprint) : HashOfRowWords(scratch, layout.RowBytes);
        return AddEncoded(RowOf(scratch, layout), fingerprint, hash, parent);
    }

    /// <summary>
    /// Inserts the state whose row (in the current layout) is <paramref name="row"/>, with its
    /// <paramref name="fingerprint"/> when the table compares fingerprints, and the table
    /// <paramref name="hash"/> of whichever the table compares.
    /// </summary>
    private (int Index, bool Added) AddEncoded(ReadOnlySpan<byte> row, ulong fingerprint, int hash, int parent)
    {
        int slot;
        var found = _fingerprints is not null ? FindFingerprint(fingerprint, hash, out slot) : FindRow(row, hash, out slot);
        if (found >= 0)
        {
            return (found, false);
        }

        var index = _count;
        _rows.EnsureCapacity(index + 1);
        row.CopyTo(_rows.Row(index));
        _parents.EnsureCapacity(index + 1);
        _parents[index] = parent;
        if (_fingerprints is not null)
        {
            _fingerprints.EnsureCapacity(index + 1);
            _fingerprints[index] = fingerprint;
        }

        Insert(slot, hash, index);
        _count = index + 1;
        if (_count > _growAt)
        {
            Grow();
        }

        return (index, true);
    }

    /// <summary>
    /// TLC's "calculated (optimistic)" probability that a fingerprint collision hid states: with d
    /// distinct states among g generated, each of the g - d duplicate look-ups could have matched
    /// one of d fingerprints by chance, d(g - d) / 2^64.
    /// </summary>
    public static double CollisionProbability(long distinct, long generated) =>
        distinct * (double)Math.Max(0, generated - distinct) / 18446744073709551616.0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> RowOf(Span<ulong> scratch, BitLayout layout) => MemoryMarshal.AsBytes(scratch)[..layout.RowBytes];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowStaleLayout() => throw new InvalidOperationException("a key has an id beyond the store's layout");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureShapeSettled()
    {
        if (!_shapeSettled)
        {
            SettleShape();
        }
    }

    private BitLayout NewLayout()
    {
        var bounds = new uint[_codec.WordCount];
        _codec.CopySlotBounds(bounds);
        return new BitLayout(bounds);
    }
}
