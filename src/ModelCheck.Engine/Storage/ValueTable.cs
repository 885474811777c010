using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// Interns the values of one kind of state slot into dense ids 0, 1, 2, ..., so that a state is a
/// short vector of ids. Lookups take no lock; adding a value takes a short one.
/// </summary>
/// <remarks>
/// <para>
/// Why ids can be assigned in any order: the seen set compares packed vectors only for equality, and
/// nothing is ever iterated in id order, so worker scheduling cannot change counts or traces. What
/// the store does depend on is <see cref="Count"/> (it sizes the bit fields from it), and the set of
/// values interned by the end of a level does not depend on scheduling.
/// </para>
/// <para>
/// Why an open-addressing table of its own rather than a ConcurrentDictionary: this lookup runs for
/// every changed slot of every successor. Entries carry the value's (cached) hash and are matched by
/// reference first, which is the common case (small integers, strings of the spec, model values are
/// shared objects), so a hit costs a probe and no virtual call. Readers take no lock: an entry's
/// hash and id are written before its value is published, and a grown entry array is filled before
/// it is published; a reader that misses a value being added falls back to the locked path.
/// </para>
/// </remarks>
internal sealed partial class ValueTable
{
    private readonly Lock _gate = new();
    private readonly Action? _onWidthGrowth;
    private Entry[] _entries = new Entry[16];
    private Value?[] _values = new Value?[4];
    private int _count;

    /// <summary>
    /// Creates a table; <paramref name="onWidthGrowth"/> runs when the ids may need one more bit. With
    /// <paramref name="compactSets"/>, finite sets are kept as runs of element ids (see <c>ValueTable.CompactSets.cs</c>).
    /// </summary>
    public ValueTable(Action? onWidthGrowth = null, bool compactSets = false)
    {
        _onWidthGrowth = onWidthGrowth;
        _elements = compactSets ? new ValueTable() : null;
    }

    /// <summary>How many distinct values have been interned; ids are below it.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The value with id <paramref name="id"/>; a compact set is built anew.</summary>
    public Value this[uint id] => Volatile.Read(ref _values)[id] ?? ComposeSet(id);

    /// <summary>The id of <paramref name="value"/>, interning it when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Intern(Value value)
    {
        var hash = value.GetHashCode();
        var id = Find(Volatile.Read(ref _entries), value, hash);
        return id >= 0 ? (uint)id : Add(value, hash);
    }

    /// <summary>The id of <paramref name="value"/>, or -1 when it is not interned (or not yet published); takes no lock.</summary>
    public int IndexOf(Value value) => Find(Volatile.Read(ref _entries), value, value.GetHashCode());

    private int Find(Entry[] entries, Value value, int hash)
    {
        var mask = entries.Length - 1;
        var position = hash & mask;
        while (true)
        {
            ref var entry = ref entries[position];
            var known = Volatile.Read(ref entry.Value);
            if (known is null)
            {
                return -1;
            }

            if (ReferenceEquals(known, value))
            {
                return (int)entry.Id;
            }

            if (entry.Hash == hash && (ReferenceEquals(known, s_compactMarker) ? RunEquals(entry.Id, value) : known.Equals(value)))
            {
                return (int)entry.Id;
            }

            position = (position + 1) & mask;
        }
    }

    private static void Place(Entry[] entries, Value value, int hash, uint id)
    {
        var mask = entries.Length - 1;
        var position = hash & mask;
        while (entries[position].Value is not null)
        {
            position = (position + 1) & mask;
        }

        ref var entry = ref entries[position];
        entry.Hash = hash;
        entry.Id = id;

        // Why publish the value last: a reader that sees it must see its hash and id.
        Volatile.Write(ref entry.Value, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private uint Add(Value value, int hash)
    {
        lock (_gate)
        {
            var existing = Find(_entries, value, hash);
            if (existing >= 0)
            {
                return (uint)existing;
            }

            if (_count == _values.Length)
            {
                var grown = new Value?[_values.Length * 2];
                Array.Copy(_values, grown, _count);
                Volatile.Write(ref _values, grown);
            }

            var id = (uint)_count;
            var compact = IsCompactable(value);
            if (compact)
            {
                StoreRun(id, (EnumeratedSet)value);
            }
            else
            {
                _values[id] = value;
            }

            Volatile.Write(ref _count, _count + 1);

            // Ids 0..id need one more bit than ids 0..id-1 exactly when id is a power of two; a
            // fallback slot stores id + 1, which needs one more bit when id + 1 is. The store
            // recomputes its widths on either signal and repacks only when one changed.
            // Why before the entry is published: a worker may find the id without the lock and hand
            // a key holding it to the merge at once; the merge must then see the signal too, or
            // it would try to store the id in a field one bit too narrow.
            if (BitOperations.IsPow2(id) || BitOperations.IsPow2(id + 1))
            {
                _onWidthGrowth?.Invoke();
            }

            // Why at most half full: probes stay short, and a miss always ends at an empty entry.
            if (_count * 2 > _entries.Length)
            {
                var entries = new Entry[_entries.Length * 2];
                foreach (var e in _entries)
                {
                    if (e.Value is not null)
                    {
                        Place(entries, e.Value, e.Hash, e.Id);
                    }
                }

                Volatile.Write(ref _entries, entries);
            }

            // Why after the values array: a reader that finds the id must find the value.
            Place(_entries, compact ? s_compactMarker : value, hash, id);
            Debug.Assert(compact ? this[id].Equals(value) : ReferenceEquals(this[id], value), "the id maps back to the value");
            return id;
        }
    }
}
