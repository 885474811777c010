using System.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>Finite sets kept as runs of element ids rather than as the objects the search built.</summary>
/// <remarks>
/// <para>
/// Why: a variable such as <c>msgs</c> takes a new set value in nearly every new state
/// (<c>msgs \cup {m}</c>), and interning that value kept the set, its element array and any new
/// element alive for the whole run: 430 bytes and five objects per value on PaxosCommit, most of
/// its heap. Every one of them was copied twice by the garbage collector on its way to the oldest
/// generation, and the collector stops every worker while it copies. Here each distinct element is
/// interned once, in a table of its own, and a set is a run of element ids in a pool of plain
/// integers that the collector never walks.
/// </para>
/// <para>
/// A compact set is rebuilt as a new object when its id is read (see the indexer); the codec reuses
/// the object it last unpacked for the same id, so a worker rebuilds a set only when it changed
/// between the states it expands one after the other.
/// </para>
/// </remarks>
internal sealed partial class ValueTable
{
    /// <summary>Integers per pool segment; longer sets are interned whole.</summary>
    private const int PoolSegmentShift = 16;
    private const int PoolSegmentLength = 1 << PoolSegmentShift;

    /// <summary>Low bits of a run's entry that hold its length (at most <see cref="PoolSegmentLength"/>); its start is above.</summary>
    private const int RunLengthBits = PoolSegmentShift + 1;

    /// <summary>Stands in an entry for a compact set, so that a published entry is never empty.</summary>
    private static readonly Value s_compactMarker = new ModelValue("<compact set>");

    private readonly ValueTable? _elements;
    private uint[][] _pool = [];
    private int _poolSegments;
    private int _poolUsed = PoolSegmentLength;
    private long[] _runs = [];

    /// <summary>True when sets are kept compact.</summary>
    private bool CompactsSets => _elements is not null;

    /// <summary>A set to keep as a run of element ids: finite, explicit, non-empty and not too long.</summary>
    private bool IsCompactable(Value value) =>
        CompactsSets && value is EnumeratedSet { Elements.Length: > 0 and <= PoolSegmentLength };

    /// <summary>Stores <paramref name="set"/>'s element ids as a run for id <paramref name="id"/>. Under the lock.</summary>
    private void StoreRun(uint id, EnumeratedSet set)
    {
        var elements = set.Elements;
        if (_poolUsed + elements.Length > PoolSegmentLength)
        {
            if (_poolSegments == _pool.Length)
            {
                var grown = new uint[Math.Max(4, _pool.Length * 2)][];
                Array.Copy(_pool, grown, _poolSegments);
                Volatile.Write(ref _pool, grown);
            }

            _pool[_poolSegments++] = new uint[PoolSegmentLength];
            _poolUsed = 0;
        }

        var segment = _poolSegments - 1;
        var run = _pool[segment].AsSpan(_poolUsed, elements.Length);
        for (var i = 0; i < elements.Length; i++)
        {
            run[i] = _elements!.Intern(elements[i]);
        }

        if (_runs.Length <= id)
        {
            var grown = new long[Math.Max(16, _runs.Length * 2)];
            Array.Copy(_runs, grown, _runs.Length);
            Volatile.Write(ref _runs, grown);
        }

        // Why one long: a reader must never see the start of one run with the length of another.
        var start = ((long)segment << PoolSegmentShift) + _poolUsed;
        _runs[id] = (start << RunLengthBits) | (uint)elements.Length;
        _poolUsed += elements.Length;
    }

    /// <summary>The element ids of compact set <paramref name="id"/>.</summary>
    private ReadOnlySpan<uint> Run(uint id)
    {
        var run = Volatile.Read(ref _runs)[id];
        var start = run >> RunLengthBits;
        var length = (int)(run & ((1L << RunLengthBits) - 1));
        return Volatile.Read(ref _pool)[(int)(start >> PoolSegmentShift)].AsSpan((int)(start & (PoolSegmentLength - 1)), length);
    }

    /// <summary>Builds compact set <paramref name="id"/> as a value.</summary>
    private EnumeratedSet ComposeSet(uint id)
    {
        var run = Run(id);
        var elements = new Value[run.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            elements[i] = _elements![run[i]];
        }

        return EnumeratedSet.FromSorted(elements);
    }

    /// <summary>True when compact set <paramref name="id"/> equals <paramref name="value"/>.</summary>
    private bool RunEquals(uint id, Value value)
    {
        if (value is not EnumeratedSet set)
        {
            // Another representation of a finite set (an interval, say): compare as values.
            return ComposeSet(id).Equals(value);
        }

        var run = Run(id);
        var elements = set.Elements;
        if (elements.Length != run.Length)
        {
            return false;
        }

        var table = _elements!;
        for (var i = 0; i < elements.Length; i++)
        {
            var stored = table[run[i]];
            if (!ReferenceEquals(stored, elements[i]) && !stored.Equals(elements[i]))
            {
                return false;
            }
        }

        Debug.Assert(ComposeSet(id).Equals(value), "equal runs are equal sets");
        return true;
    }
}
