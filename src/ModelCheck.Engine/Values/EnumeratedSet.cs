using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary>A finite set held as its sorted, duplicate-free elements.</summary>
internal sealed class EnumeratedSet : SetValue
{
    private int _hash;
    private bool _hashed;

    private EnumeratedSet(Value[] sortedDistinct)
    {
        Elements = sortedDistinct;
    }

    /// <summary>The empty set.</summary>
    public static EnumeratedSet Empty { get; } = new([]);

    /// <summary>The elements in canonical order.</summary>
    public Value[] Elements { get; }

    /// <inheritdoc />
    public override long Count => Elements.Length;

    /// <summary>Wraps an array that is already sorted and duplicate-free (caller's invariant).</summary>
    public static EnumeratedSet FromSorted(Value[] sortedDistinct) => sortedDistinct.Length == 0 ? Empty : new EnumeratedSet(sortedDistinct);

    /// <summary>Sorts and de-duplicates <paramref name="elements"/>, taking ownership of the array.</summary>
    public static EnumeratedSet FromUnsorted(Value[] elements)
    {
        if (elements.Length == 0)
        {
            return Empty;
        }

        Array.Sort(elements, ValueComparer.Instance);
        var count = 1;
        for (var i = 1; i < elements.Length; i++)
        {
            if (!elements[i].Equals(elements[count - 1]))
            {
                elements[count++] = elements[i];
            }
        }

        if (count != elements.Length)
        {
            Array.Resize(ref elements, count);
        }

        return new EnumeratedSet(elements);
    }

    /// <summary>Sorts and de-duplicates a list of elements.</summary>
    public static EnumeratedSet FromList(List<Value> elements) => FromUnsorted([.. elements]);

    /// <inheritdoc />
    public override bool Contains(Value value) => IndexOf(value) >= 0;

    /// <summary>Binary search for <paramref name="value"/>; negative when absent.</summary>
    public int IndexOf(Value value)
    {
        var lo = 0;
        var hi = Elements.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = Elements[mid].CompareTo(value);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (!_hashed)
        {
            _hash = ComputeHash();
            _hashed = true;
        }

        return _hash;
    }

    /// <summary>The hash of the canonical form, shared by every representation of the same set.</summary>
    internal int ComputeHash()
    {
        var hash = 0x3C6EF372 ^ Elements.Length;
        foreach (var e in Elements)
        {
            hash = Hashing.Combine(hash, e.GetHashCode());
        }

        return hash;
    }

    /// <inheritdoc />
    public override void Format(StringBuilder builder) => FormatElements(builder);

    /// <summary>Appends <c>{a, b}</c>.</summary>
    internal void FormatElements(StringBuilder builder)
    {
        builder.Append('{');
        for (var i = 0; i < Elements.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Elements[i].Format(builder);
        }

        builder.Append('}');
    }

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration() => this;
}
