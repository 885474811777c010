using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>Changing the row layout: adopting the codec's shape, widening fields, switching to fingerprints.</summary>
/// <remarks>
/// Why widths follow the ids seen, with a repack: a field is exactly as wide as its slot's ids need,
/// so no bit is reserved for values that never occur (Grid's counters take 5 bits, not 8 or 32).
/// When a table outgrows its width (its size passes a power of two) the codec's generation moves;
/// the next insertion, which happens while a level is merged, recomputes the
/// widths from the tables' sizes and re-encodes every row. A slot widens at most 32 times, mostly
/// early. The hash table is rebuilt then: the exact table is indexed by hashes of rows (fingerprint
/// tables by hashes of keys, which do not depend on the layout). Widths
/// are computed from table sizes at merge time, which do not depend on worker timing, so the layout,
/// and the bytes reported per state, are the same for any number of workers. (One worker inserts as
/// it goes; when it stops at an event it still expands the rest of the level, as several workers
/// do, and then calls <see cref="SyncLayout"/>.)
/// </remarks>
internal sealed partial class StateStore
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SettleShape()
    {
        lock (_shapeGate)
        {
            if (_shapeSettled)
            {
                return;
            }

            if (_count == 0)
            {
                // Nothing to learn a shape from yet: stay unsettled, a later read settles.
                return;
            }

            if (!_codec.IsShaped)
            {
                AdoptShape();
            }

            _shapeSettled = true;
        }
    }

    /// <summary>
    /// Lets the codec split variables as the first stored state is built, then re-keys every stored
    /// state (from its values) and rebuilds rows and table. Only initial states are stored then.
    /// </summary>
    private void AdoptShape()
    {
        var oldKey = new uint[_codec.WordCount];
        var states = new Value[_count][];
        for (var i = 0; i < _count; i++)
        {
            Decode(i, oldKey);
            states[i] = _codec.Unpack(oldKey);
        }

        _codec.AdoptShape(states[0]);
        var words = _codec.WordCount;
        var keys = new uint[(long)_count * words];
        for (var i = 0; i < _count; i++)
        {
            _codec.Pack(states[i], keys.AsSpan(i * words, words));
        }

        _layoutGeneration = _codec.Generation;
        _layout = NewLayout();
        _rows = new RowArena(_layout.RowBytes, Math.Max(_initialCapacity, _count));
        _rows.EnsureCapacity(_count);
        var scratch = new ulong[_layout.ScratchWords];
        for (var i = 0; i < _count; i++)
        {
            if (!_layout.TryEncode(keys.AsSpan(i * words, words), scratch))
            {
                ThrowStaleLayout();
            }

            RowOf(scratch, _layout).CopyTo(_rows.Row(i));
        }

        if (_fingerprints is null && _layout.RowBytes > FingerprintRowBytes)
        {
            _fingerprints = new SegmentedArray<ulong>(sizeof(ulong), _initialCapacity);
        }

        if (_fingerprints is not null)
        {
            _fingerprints.EnsureCapacity(_count);
            for (var i = 0; i < _count; i++)
            {
                _fingerprints[i] = StateHash.Fingerprint(keys.AsSpan(i * words, words));
            }
        }

        RebuildTable(_hashSize);
    }

    /// <summary>
    /// Widens the fields for every id interned so far, as the next insertion would. Single writer
    /// only; readers may only use <see cref="DecodeMany"/> meanwhile.
    /// </summary>
    public void SyncLayout()
    {
        if (_codec.Generation != _layoutGeneration)
        {
            Relayout();
        }
    }

    private void Relayout()
    {
        // Why the gate: workers may be decoding rows of earlier levels meanwhile (see DecodeMany).
        lock (_rowsGate)
        {
            RelayoutRows();
        }
    }

    private void RelayoutRows()
    {
        _layoutGeneration = _codec.Generation;
        var layout = NewLayout();
        if (layout.SameAs(_layout))
        {
            return;
        }

        var old = _layout;
        var oldRows = _rows;

        // Why in place when the row size stays: a field that grows by a bit usually fits the same
        // bytes, and rewriting each row where it is needs no second arena.
        var rows = layout.RowBytes == old.RowBytes ? oldRows : new RowArena(layout.RowBytes, _initialCapacity);
        rows.EnsureCapacity(_count);
        var key = new uint[layout.SlotCount];
        var oldScratch = new ulong[old.ScratchWords];
        var scratch = new ulong[layout.ScratchWords];
        for (var i = 0; i < _count; i++)
        {
            old.Decode(oldRows.Row(i), key, oldScratch);
            if (!layout.TryEncode(key, scratch))
            {
                ThrowStaleLayout();
            }

            MemoryMarshal.AsBytes(scratch.AsSpan())[..layout.RowBytes].CopyTo(rows.Row(i));
        }

        _layout = layout;
        _rows = rows;
        if (_fingerprints is null && layout.RowBytes > FingerprintRowBytes)
        {
            EnableFingerprints();
        }
        else if (_fingerprints is null)
        {
            // The exact table is indexed by row hashes, and the rows just changed.
            RebuildTable(_hashSize);
        }
    }

    /// <summary>Switches matching to fingerprints and re-indexes the table by them.</summary>
    private void EnableFingerprints()
    {
        var fingerprints = new SegmentedArray<ulong>(sizeof(ulong), _initialCapacity);
        fingerprints.EnsureCapacity(_count);
        var key = new uint[_codec.WordCount];
        for (var i = 0; i < _count; i++)
        {
            Decode(i, key);
            fingerprints[i] = StateHash.Fingerprint(key);
        }

        _fingerprints = fingerprints;
        RebuildTable(_hashSize);
    }
}
