using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary>
/// A function with a finite domain, seen in canonical order: the i-th key of the sorted domain and
/// its image. Tuples, sequences and records are functions too, and compare equal to the general form.
/// </summary>
internal abstract class FunctionValue : Value
{
    private int _hash;
    private bool _hashed;

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Function;

    /// <summary>The size of the domain.</summary>
    public abstract int Count { get; }

    /// <summary>The i-th key of the domain, in canonical order.</summary>
    public abstract Value KeyAt(int index);

    /// <summary>The image of <see cref="KeyAt"/>.</summary>
    public abstract Value ValueAt(int index);

    /// <summary>The image of <paramref name="key"/>, or null when it is outside the domain.</summary>
    public abstract Value? TryApply(Value key);

    /// <summary>The function with the image of <paramref name="key"/> replaced; unchanged when key is outside the domain, as in TLC.</summary>
    public abstract FunctionValue Except(Value key, Value newValue);

    /// <summary>The position of <paramref name="key"/> among the keys as <see cref="KeyAt"/> numbers them, or -1 when it is outside the domain.</summary>
    public abstract int PositionOf(Value key);

    /// <summary>The function with the image at <paramref name="index"/> (as <see cref="ValueAt"/> numbers them) replaced.</summary>
    public abstract FunctionValue WithValueAt(int index, Value newValue);

    /// <summary>DOMAIN f.</summary>
    public virtual SetValue Domain
    {
        get
        {
            var keys = new Value[Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = KeyAt(i);
            }

            return EnumeratedSet.FromSorted(keys);
        }
    }

    /// <summary>
    /// Views <paramref name="value"/> as a sequence: a tuple, or a function whose domain is 1..n.
    /// </summary>
    public static bool TryAsSequence(Value value, out Value[] items)
    {
        if (value is TupleValue t)
        {
            items = t.Items;
            return true;
        }

        if (value is FunctionValue f)
        {
            var n = f.Count;
            var result = new Value[n];
            for (var i = 0; i < n; i++)
            {
                if (f.KeyAt(i) is not IntValue k || k.Value != i + 1)
                {
                    items = [];
                    return false;
                }

                result[i] = f.ValueAt(i);
            }

            items = result;
            return true;
        }

        items = [];
        return false;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (!_hashed)
        {
            var hash = 0x7F4A7C15 ^ Count;
            var n = Count;
            for (var i = 0; i < n; i++)
            {
                hash = Hashing.Combine(hash, KeyAt(i).GetHashCode());
                hash = Hashing.Combine(hash, ValueAt(i).GetHashCode());
            }

            _hash = hash;
            _hashed = true;
        }

        return _hash;
    }

    /// <inheritdoc />
    public override void Format(StringBuilder builder)
    {
        var n = Count;
        if (n == 0)
        {
            builder.Append("<<>>");
            return;
        }

        var isSequence = true;
        var isRecord = true;
        for (var i = 0; i < n; i++)
        {
            var key = KeyAt(i);
            isSequence &= key is IntValue k && k.Value == i + 1;
            isRecord &= key is StringValue;
        }

        if (isSequence)
        {
            builder.Append("<<");
            for (var i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                ValueAt(i).Format(builder);
            }

            builder.Append(">>");
        }
        else if (isRecord)
        {
            builder.Append('[');
            for (var i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(((StringValue)KeyAt(i)).Value).Append(" |-> ");
                ValueAt(i).Format(builder);
            }

            builder.Append(']');
        }
        else
        {
            builder.Append('(');
            for (var i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    builder.Append(" @@ ");
                }

                KeyAt(i).Format(builder);
                builder.Append(" :> ");
                ValueAt(i).Format(builder);
            }

            builder.Append(')');
        }
    }

    /// <inheritdoc />
    protected override int CompareSameKind(Value other)
    {
        var f = (FunctionValue)other;
        var n = Count;
        if (n != f.Count)
        {
            return n.CompareTo(f.Count);
        }

        if (!HasKeysOf(f))
        {
            for (var i = 0; i < n; i++)
            {
                var c = KeyAt(i).CompareTo(f.KeyAt(i));
                if (c != 0)
                {
                    return c;
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            var c = ValueAt(i).CompareTo(f.ValueAt(i));
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    /// <inheritdoc />
    protected override bool EqualsSameKind(Value other) => CompareSameKind(other) == 0;

    /// <summary>
    /// True when <paramref name="other"/>, of the same size, is known without comparing to have the
    /// same keys in the same order; false when that is not known.
    /// </summary>
    /// <remarks>
    /// Why: sorting and searching sets of records (message sets) compared every field name before any
    /// value; records built by the same expression share one names array, tuples of one length share 1..n.
    /// </remarks>
    protected virtual bool HasKeysOf(FunctionValue other) => false;

    /// <summary>Drops the cached hash, for a probe whose images were just overwritten (see <see cref="RecordValue.Refill"/>).</summary>
    protected void ForgetHash() => _hashed = false;

    /// <summary>A copy of <paramref name="values"/> with the image at <paramref name="index"/> replaced.</summary>
    /// <remarks>
    /// Why not Clone: the JIT knows an array from <c>new Value[]</c> is exactly <c>Value[]</c>, so the
    /// store into it skips the covariance check that a store into a cloned array pays.
    /// </remarks>
    protected static Value[] CopyWith(Value[] values, int index, Value value)
    {
        // Why a loop: the copies are short (a process's slots, a record's fields), where Array.Copy's
        // set-up costs more than the copy; stores into a fresh Value[] need no type check.
        var copy = new Value[values.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = values[i];
        }

        copy[index] = value;
        return copy;
    }
}
