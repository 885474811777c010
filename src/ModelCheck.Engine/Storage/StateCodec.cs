using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// Turns a state (one value per variable) into a packed vector of slot ids and back.
/// </summary>
/// <remarks>
/// Why a codec of its own: the layout (one 32-bit id per variable today) is the part the
/// performance work changes (slots per function entry, bit widths), and nothing outside this type
/// and <see cref="StateStore"/> depends on it.
/// </remarks>
internal sealed class StateCodec
{
    private readonly ValueTable[] _tables;

    /// <summary>Creates a codec for states of <paramref name="variableCount"/> variables.</summary>
    public StateCodec(int variableCount)
    {
        VariableCount = variableCount;
        _tables = new ValueTable[variableCount];
        for (var i = 0; i < variableCount; i++)
        {
            _tables[i] = new ValueTable();
        }

        WordCount = Math.Max(1, variableCount);
    }

    /// <summary>The number of variables.</summary>
    public int VariableCount { get; }

    /// <summary>The number of 32-bit words a packed state takes.</summary>
    public int WordCount { get; }

    /// <summary>Packs <paramref name="state"/> into <paramref name="destination"/> (length <see cref="WordCount"/>).</summary>
    public void Pack(ReadOnlySpan<Value> state, Span<uint> destination)
    {
        for (var i = 0; i < state.Length; i++)
        {
            destination[i] = _tables[i].Intern(state[i]);
        }
    }

    /// <summary>Unpacks <paramref name="packed"/> into a fresh value array.</summary>
    public Value[] Unpack(ReadOnlySpan<uint> packed)
    {
        var state = new Value[VariableCount];
        for (var i = 0; i < state.Length; i++)
        {
            state[i] = _tables[i][packed[i]];
        }

        return state;
    }

    /// <summary>Unpacks <paramref name="packed"/> into <paramref name="state"/>.</summary>
    public void UnpackInto(ReadOnlySpan<uint> packed, Value[] state)
    {
        for (var i = 0; i < state.Length; i++)
        {
            state[i] = _tables[i][packed[i]];
        }
    }

    /// <summary>Total interned values across slots, for statistics.</summary>
    public long InternedValues
    {
        get
        {
            long n = 0;
            foreach (var t in _tables)
            {
                n += t.Count;
            }

            return n;
        }
    }
}
