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

        ValueComparer.Sort(elements);
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

    /// <summary>
    /// <paramref name="a"/> \cup <paramref name="b"/>, merging the sorted elements; the result is
    /// <paramref name="a"/> or <paramref name="b"/> itself when the other adds nothing.
    /// </summary>
    /// <remarks>
    /// Why not sort the concatenation: <c>msgs \cup {m}</c> is the hot step of message-passing specs;
    /// inserting one element costs a binary search and a copy, where sorting cost n log n comparisons.
    /// </remarks>
    public static EnumeratedSet Union(EnumeratedSet a, EnumeratedSet b)
    {
        if (a.Elements.Length < b.Elements.Length)
        {
            (a, b) = (b, a);
        }

        if (b.Elements.Length == 0)
        {
            return a;
        }

        if (b.Elements.Length == 1)
        {
            return a.With(b.Elements[0]);
        }

        var x = a.Elements;
        var y = b.Elements;
        var merged = new Value[x.Length + y.Length];
        int i = 0, j = 0, n = 0;
        while (i < x.Length && j < y.Length)
        {
            var c = x[i].CompareTo(y[j]);
            if (c <= 0)
            {
                merged[n++] = x[i++];
                j += c == 0 ? 1 : 0;
            }
            else
            {
                merged[n++] = y[j++];
            }
        }

        while (i < x.Length)
        {
            merged[n++] = x[i++];
        }

        while (j < y.Length)
        {
            merged[n++] = y[j++];
        }

        if (n == x.Length)
        {
            return a;
        }

        Array.Resize(ref merged, n);
        return new EnumeratedSet(merged);
    }

    /// <summary>This set with <paramref name="element"/> added; this set itself when it already holds it.</summary>
    public EnumeratedSet With(Value element)
    {
        var at = IndexOf(element);
        if (at >= 0)
        {
            return this;
        }

        at = ~at;
        var elements = new Value[Elements.Length + 1];
        Array.Copy(Elements, elements, at);
        elements[at] = element;
        Array.Copy(Elements, at, elements, at + 1, Elements.Length - at);
        return new EnumeratedSet(elements);
    }

    /// <summary>Sorts and de-duplicates a list of elements.</summary>
    public static EnumeratedSet FromList(List<Value> elements) => FromUnsorted([.. elements]);

    /// <inheritdoc />
    public override bool Contains(Value value) => IndexOf(value) >= 0;

    /// <summary>Binary search for <paramref name="value"/>; when absent, the bitwise complement of where it would go.</summary>
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

        return ~lo;
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
