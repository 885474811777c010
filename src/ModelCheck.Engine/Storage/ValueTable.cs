using System.Collections.Concurrent;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// Interns the values of one state slot into dense ids, so that a state is a short vector of ids.
/// Lookups of known values take no lock; adding a value takes a short one.
/// </summary>
/// <remarks>
/// Why ids can be assigned in any order: the seen set compares packed vectors only for equality, and
/// nothing is ever iterated in id order, so worker scheduling cannot change counts or traces.
/// </remarks>
internal sealed class ValueTable
{
    private readonly ConcurrentDictionary<Value, uint> _ids = new();
    private readonly Lock _gate = new();
    private Value[] _values = new Value[16];
    private int _count;

    /// <summary>How many distinct values have been interned.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The id of <paramref name="value"/>, interning it when new.</summary>
    public uint Intern(Value value)
    {
        if (_ids.TryGetValue(value, out var id))
        {
            return id;
        }

        return Add(value);
    }

    /// <summary>The value with id <paramref name="id"/>.</summary>
    public Value this[uint id] => Volatile.Read(ref _values)[id];

    private uint Add(Value value)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue(value, out var id))
            {
                return id;
            }

            if (_count == _values.Length)
            {
                var grown = new Value[_values.Length * 2];
                Array.Copy(_values, grown, _count);
                Volatile.Write(ref _values, grown);
            }

            id = (uint)_count;
            _values[id] = value;
            Volatile.Write(ref _count, _count + 1);

            // Why publish after the array write: a reader that finds the id must find the value.
            _ids[value] = id;
            return id;
        }
    }
}
