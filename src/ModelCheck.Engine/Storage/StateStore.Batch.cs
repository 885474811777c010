using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace ModelCheck.Engine.Storage;

/// <summary>Inserting several states at once, with the table slots they probe fetched ahead.</summary>
/// <remarks>
/// Why batches: on a table bigger than the cache, nearly every insertion waits for a miss on its
/// home slot, and one insertion at a time waits for them one after the other. Encoding and hashing
/// a batch first, and asking the processor for every home slot before probing any, lets the misses
/// overlap. The insertions themselves then run in the given order, exactly as single ones would.
/// </remarks>
internal sealed partial class StateStore
{
    // The writer's scratch for a batch: rows in the current layout, fingerprints, table hashes.
    private ulong[] _batchRows = [];
    private ulong[] _batchFingerprints = [];
    private int[] _batchHashes = [];

    /// <summary>
    /// Inserts the <paramref name="parents"/>.Length keys laid end to end in <paramref name="keys"/>
    /// (each <see cref="StateCodec.WordCount"/> words), in order, as <see cref="Add"/>
    /// would one by one. Writes each state's number to <paramref name="indices"/> and whether it was
    /// new to <paramref name="added"/>. Single writer only; readers may only use <see cref="DecodeMany"/> meanwhile.
    /// </summary>
    public void AddBatch(ReadOnlySpan<uint> keys, ReadOnlySpan<int> parents, Span<int> indices, Span<bool> added)
    {
        var count = parents.Length;
        var width = _codec.WordCount;
        Debug.Assert(keys.Length == count * width, "one key per parent");
        Debug.Assert(indices.Length >= count && added.Length >= count, "room for every result");
        if (_codec.Generation != _layoutGeneration)
        {
            // Why before the prefetch: a new layout moves every slot (the keys were all packed before this call).
            Relayout();
        }

        var layout = _layout;
        var words = layout.ScratchWords;
        var rowBytes = layout.RowBytes;
        if (_batchRows.Length < count * words)
        {
            _batchRows = new ulong[count * words];
        }

        if (_batchHashes.Length < count)
        {
            _batchHashes = new int[count];
            _batchFingerprints = new ulong[count];
        }

        var rows = _batchRows.AsSpan(0, count * words);
        var fingerprints = _batchFingerprints.AsSpan(0, count);
        var hashes = _batchHashes.AsSpan(0, count);
        for (var i = 0; i < count; i++)
        {
            var key = keys.Slice(i * width, width);
            var row = rows.Slice(i * words, words);
            if (!layout.TryEncode(key, row))
            {
                ThrowStaleLayout();
            }

            fingerprints[i] = _fingerprints is not null ? StateHash.Fingerprint(key) : 0;
            hashes[i] = _fingerprints is not null ? StateHash.Fold(fingerprints[i]) : HashOfRowWords(row, rowBytes);
            if (Sse.IsSupported)
            {
                Prefetch(HomeSlot(hashes[i]));
            }
        }

        var direct = _direct;
        for (var i = 0; i < count; i++)
        {
            if (_direct != direct)
            {
                // The table grew into a direct one during this batch: the rest of the rows were
                // hashed for the hashed table, and are now looked up by their own value.
                RehashRows(rows, words, rowBytes, hashes, i);
                direct = _direct;
            }

            var row = MemoryMarshal.AsBytes(rows.Slice(i * words, words))[..rowBytes];
            (indices[i], added[i]) = AddEncoded(row, fingerprints[i], hashes[i], parents[i]);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RehashRows(ReadOnlySpan<ulong> rows, int words, int rowBytes, Span<int> hashes, int from)
    {
        Debug.Assert(_fingerprints is null, "only an exact table turns direct");
        for (var i = from; i < hashes.Length; i++)
        {
            hashes[i] = HashOfRowWords(rows.Slice(i * words, words), rowBytes);
        }
    }

    /// <summary>Asks the processor to bring table slot <paramref name="position"/> into the cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void Prefetch(int position)
    {
        // Invariant: position is a slot of the current table, so the address lies inside the array;
        // a prefetch never faults and changes no state, and the array is pinned while it is issued.
        Debug.Assert((uint)position < (uint)_table.Length, "a slot of the table");
        fixed (uint* slot = &_table[position])
        {
            Sse.Prefetch0(slot);
        }
    }
}
