using System.Diagnostics;
using System.Runtime.CompilerServices;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Symmetry;

/// <summary>
/// One worker's recent images of set elements under each permutation, by object: states unpacked
/// from the store share their elements (interned), so an element is permuted once per permutation
/// rather than once per state. A bounded, direct-mapped table; a miss only costs the permutation.
/// </summary>
internal sealed class ImageCache
{
    private readonly Value?[] _keys;
    private readonly ValuePermutation?[] _permutations;
    private readonly Value?[] _images;
    private readonly int _mask;

    /// <summary>Creates a table of <paramref name="size"/> entries, a power of two (small ones for tests, where every entry collides).</summary>
    public ImageCache(int size = 1 << 14)
    {
        Debug.Assert(size > 0 && (size & (size - 1)) == 0, "a power of two");
        _keys = new Value?[size];
        _permutations = new ValuePermutation?[size];
        _images = new Value?[size];
        _mask = size - 1;
    }

    /// <summary>The image of <paramref name="element"/> under <paramref name="permutation"/>, computed on a miss.</summary>
    public Value ImageOf(ValuePermutation permutation, Value element)
    {
        var slot = (int)((uint)(RuntimeHelpers.GetHashCode(element) ^ (RuntimeHelpers.GetHashCode(permutation) * -1640531535)) & _mask);
        if (ReferenceEquals(_keys[slot], element) && ReferenceEquals(_permutations[slot], permutation))
        {
            return _images[slot]!;
        }

        var image = permutation.Apply(element, this);
        _keys[slot] = element;
        _permutations[slot] = permutation;
        _images[slot] = image;
        return image;
    }
}
