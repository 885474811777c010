using System.Runtime.InteropServices;

namespace ModelCheck.Engine.Values;

/// <summary>A record <c>[a |-&gt; 1, b |-&gt; 2]</c>: the function on its field names, kept sorted.</summary>
internal sealed class RecordValue : FunctionValue
{
    private static readonly Dictionary<string, StringValue[]> s_namesByKey = new(StringComparer.Ordinal);
    private static readonly Lock s_namesGate = new();
    private readonly StringValue[] _names;
    private readonly Value[] _values;

    private RecordValue(StringValue[] sortedNames, Value[] values)
    {
        _names = sortedNames;
        _values = values;
    }

    /// <inheritdoc />
    public override int Count => _names.Length;

    /// <summary>A record with this one's fields and <paramref name="values"/> (in field order), taking ownership.</summary>
    public RecordValue WithValues(Value[] values) => new(_names, values);

    /// <summary>Builds a record from fields in any order; later duplicates win, as in TLC.</summary>
    public static RecordValue Create(string[] names, Value[] values)
    {
        var (keys, positions) = SortNames(names);
        var vals = new Value[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            vals[positions[i]] = values[i];
        }

        return new RecordValue(keys, vals);
    }

    /// <summary>
    /// The field names of a record written with <paramref name="names"/>, sorted, and for each
    /// written field its position among them. Records built from one result share its array.
    /// </summary>
    public static (StringValue[] Names, int[] Positions) SortNames(string[] names)
    {
        var keys = new StringValue[names.Length];
        var order = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            keys[i] = StringValue.Of(names[i]);
            order[i] = i;
        }

        Array.Sort(keys, order, StringValueComparer.Instance);
        var positions = new int[names.Length];
        for (var i = 0; i < order.Length; i++)
        {
            positions[order[i]] = i;
        }

        return (InternNames(keys), positions);
    }

    /// <summary>
    /// The one array, shared by every caller, holding the same sorted field names as
    /// <paramref name="sortedNames"/> (which becomes it when it is the first).
    /// </summary>
    /// <remarks>
    /// Why: comparing two records compares their field names first unless they share one names
    /// array (see <see cref="HasKeysOf"/>). Records built by an action and those of a record set in
    /// an invariant (<c>msgs \in SUBSET Message</c>) came from different arrays, and comparing their
    /// names was 3% of PaxosCommit's run. Called when an expression or a record set is built, never per state.
    /// </remarks>
    public static StringValue[] InternNames(StringValue[] sortedNames)
    {
        var key = new System.Text.StringBuilder();
        foreach (var name in sortedNames)
        {
            key.Append(name.Value).Append('\0');
        }

        lock (s_namesGate)
        {
            return CollectionsMarshal.GetValueRefOrAddDefault(s_namesByKey, key.ToString(), out _) ??= sortedNames;
        }
    }

    /// <summary>Builds a record from names already sorted ordinally (caller's invariant) and their values.</summary>
    public static RecordValue FromSorted(StringValue[] sortedNames, Value[] values) => new(sortedNames, values);

    /// <summary>
    /// A record to fill in place with <see cref="Refill"/> and look up in a set, never to keep: it
    /// changes under whoever holds it. See the evaluator's membership test of a record literal.
    /// </summary>
    public static RecordValue NewProbe(StringValue[] sortedNames) => new(sortedNames, new Value[sortedNames.Length]);

    /// <summary>True when this record's names are the array <paramref name="sortedNames"/> itself.</summary>
    public bool HasNames(StringValue[] sortedNames) => ReferenceEquals(_names, sortedNames);

    /// <summary>A probe's images, in the order of its names, to overwrite; forgets the cached hash.</summary>
    public Span<Value> Refill()
    {
        ForgetHash();
        return _values;
    }

    /// <summary>The sorted field names; records with the same names usually share this array (see <see cref="InternNames"/>).</summary>
    public StringValue[] Names => _names;

    /// <summary>The field <paramref name="name"/>, or null when absent.</summary>
    public Value? Field(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? null : _values[index];
    }

    /// <summary>The position of field <paramref name="name"/> among <see cref="Names"/>, or -1 when absent.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i].Value, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override Value KeyAt(int index) => _names[index];

    /// <inheritdoc />
    public override Value ValueAt(int index) => _values[index];

    /// <inheritdoc />
    public override Value? TryApply(Value key) => key is StringValue s ? Field(s.Value) : null;

    /// <inheritdoc />
    public override FunctionValue Except(Value key, Value newValue)
    {
        var i = PositionOf(key);
        return i < 0 ? this : WithValueAt(i, newValue);
    }

    /// <inheritdoc />
    public override int PositionOf(Value key) => key is StringValue s ? IndexOf(s.Value) : -1;

    /// <inheritdoc />
    public override FunctionValue WithValueAt(int index, Value newValue) => new RecordValue(_names, CopyWith(_values, index, newValue));

    /// <summary>
    /// This record with the field named by each of <paramref name="keys"/> set to the value at the
    /// same position of <paramref name="values"/>, as <see cref="Except"/> one key after the other
    /// would, but copying the fields once; a key that is not a field changes nothing.
    /// </summary>
    public RecordValue ExceptAll(ReadOnlySpan<Value> keys, ReadOnlySpan<Value> values)
    {
        Value[]? copy = null;
        for (var k = 0; k < keys.Length; k++)
        {
            var i = keys[k] is StringValue s ? IndexOf(s.Value) : -1;
            if (i >= 0)
            {
                copy ??= (Value[])_values.Clone();
                copy[i] = values[k];
            }
        }

        return copy is null ? this : new RecordValue(_names, copy);
    }

    /// <inheritdoc />
    protected override bool HasKeysOf(FunctionValue other)
    {
        if (other is not RecordValue r)
        {
            return false;
        }

        if (ReferenceEquals(r._names, _names))
        {
            return true;
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (!string.Equals(_names[i].Value, r._names[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
