using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Symmetry;

/// <summary>
/// A permutation of model values (one element of a <c>SYMMETRY</c> set), applied to whole values:
/// each model value it moves is replaced by its image, inside sets, functions, records and tuples.
/// </summary>
internal sealed class ValuePermutation : IEquatable<ValuePermutation>
{
    private readonly Dictionary<Value, Value> _images;

    // The moved model values and their images, sorted by the moved value: the canonical form that
    // equality and hashing use.
    private readonly Value[] _from;
    private readonly Value[] _to;
    private readonly int _hash;

    /// <summary>
    /// Creates the permutation that maps each key of <paramref name="images"/> to its value; pairs
    /// that map a value to itself are dropped. The caller checks that it is a bijection.
    /// </summary>
    public ValuePermutation(IEnumerable<KeyValuePair<Value, Value>> images)
    {
        _images = [];
        foreach (var (from, to) in images)
        {
            if (!from.Equals(to))
            {
                _images[from] = to;
            }
        }

        _from = [.. _images.Keys];
        _to = new Value[_from.Length];
        ValueComparer.Sort(_from);
        var hash = _from.Length;
        for (var i = 0; i < _from.Length; i++)
        {
            _to[i] = _images[_from[i]];
            hash = Hashing.Combine(hash, Hashing.Combine(_from[i].GetHashCode(), _to[i].GetHashCode()));
        }

        _hash = hash;
    }

    /// <summary>The identity.</summary>
    public static ValuePermutation Identity { get; } = new([]);

    /// <summary>True for the identity.</summary>
    public bool IsIdentity => _from.Length == 0;

    /// <summary>The model values moved, in canonical order.</summary>
    public ReadOnlySpan<Value> Moved => _from;

    /// <summary>This permutation followed by <paramref name="next"/>: x goes to next(this(x)).</summary>
    public ValuePermutation Then(ValuePermutation next)
    {
        var images = new Dictionary<Value, Value>();
        foreach (var from in _from)
        {
            images[from] = next.ImageOf(_images[from]);
        }

        foreach (var from in next._from)
        {
            if (!_images.ContainsKey(from))
            {
                images[from] = next._images[from];
            }
        }

        return new ValuePermutation(images);
    }

    /// <summary>The image of one value (itself unless it is a moved model value).</summary>
    public Value ImageOf(Value value) => _images.TryGetValue(value, out var image) ? image : value;

    /// <summary>
    /// <paramref name="value"/> with every moved model value in it replaced. Returns the same object
    /// when nothing in it moves, so callers can tell with a reference comparison. Throws
    /// <see cref="ValueException"/> for an infinite set other than Nat, Int and the like, whose
    /// elements cannot be permuted one by one (<c>Seq(Procs)</c>).
    /// </summary>
    public Value Apply(Value value, ImageCache? cache = null) => value switch
    {
        ModelValue => ImageOf(value),
        FunctionValue function => ApplyToFunction(function, cache),
        SetValue { IsFinite: true } set => ApplyToSet(set, cache),
        InfiniteSet => value,
        SetValue set => throw new ValueException($"SYMMETRY cannot permute the model values of the infinite set {set.Describe()} in a state"),
        _ => value,
    };

    /// <inheritdoc />
    public bool Equals(ValuePermutation? other)
    {
        if (other is null || other._hash != _hash || other._from.Length != _from.Length)
        {
            return false;
        }

        for (var i = 0; i < _from.Length; i++)
        {
            if (!_from[i].Equals(other._from[i]) || !_to[i].Equals(other._to[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValuePermutation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new string[_from.Length];
        for (var i = 0; i < _from.Length; i++)
        {
            parts[i] = $"{_from[i]} -> {_to[i]}";
        }

        return $"[{string.Join(", ", parts)}]";
    }

    private SetValue ApplyToSet(SetValue set, ImageCache? cache)
    {
        var elements = set.Enumerate().Elements;
        Value[]? images = null;
        for (var i = 0; i < elements.Length; i++)
        {
            var element = elements[i];
            var image = cache is not null && element is FunctionValue or SetValue ? cache.ImageOf(this, element) : Apply(element);
            if (images is null && !ReferenceEquals(image, elements[i]))
            {
                images = new Value[elements.Length];
                Array.Copy(elements, images, i);
            }

            if (images is not null)
            {
                images[i] = image;
            }
        }

        // Why no check for duplicates: a permutation is one-to-one, so distinct elements stay distinct.
        return images is null ? set : EnumeratedSet.FromUnsorted(images);
    }

    private FunctionValue ApplyToFunction(FunctionValue function, ImageCache? cache)
    {
        var count = function.Count;
        Value[]? keys = null;
        Value[]? values = null;
        for (var i = 0; i < count; i++)
        {
            var key = function.KeyAt(i);
            var value = function.ValueAt(i);
            var keyImage = Apply(key, cache);
            var valueImage = Apply(value, cache);
            if (keys is null && (!ReferenceEquals(keyImage, key) || !ReferenceEquals(valueImage, value)))
            {
                keys = new Value[count];
                values = new Value[count];
                for (var j = 0; j < i; j++)
                {
                    keys[j] = function.KeyAt(j);
                    values[j] = function.ValueAt(j);
                }
            }

            if (keys is not null)
            {
                keys[i] = keyImage;
                values![i] = valueImage;
            }
        }

        if (keys is null)
        {
            return function;
        }

        switch (function)
        {
            case TupleValue:
                return new TupleValue(values!);
            case RecordValue record:
                return record.WithValues(values!);
            default:
                ValueComparer.Sort(keys, values!);
                return MapValue.Create(EnumeratedSet.FromSorted(keys), values!);
        }
    }
}
