using System.Runtime.CompilerServices;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// A growable array of <typeparamref name="T"/> in segments of 65,536 elements; the first segment
/// starts small and doubles until full size.
/// </summary>
/// <remarks>
/// Why segments: growing never copies more than one segment, never needs twice the memory, and
/// never asks for one huge block, so memory stays proportional to the states stored.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class SegmentedArray<T>
    where T : struct
{
    private const int SegmentShift = 16;
    private const int SegmentLength = 1 << SegmentShift;
    private const int SegmentMask = SegmentLength - 1;
    private readonly int _elementBytes;
    private T[][] _segments;
    private int _segmentCount;

    /// <summary>Creates an empty array of elements of <paramref name="elementBytes"/> bytes each (for statistics).</summary>
    public SegmentedArray(int elementBytes, int initialCapacity = 1024)
    {
        _elementBytes = elementBytes;
        _segments = [new T[Math.Clamp(initialCapacity, 16, SegmentLength)]];
        _segmentCount = 1;
    }

    /// <summary>Elements that fit without growing.</summary>
    public long Capacity => ((long)(_segmentCount - 1) * SegmentLength) + _segments[_segmentCount - 1].Length;

    /// <summary>Bytes allocated.</summary>
    public long AllocatedBytes => Capacity * _elementBytes;

    /// <summary>The element at <paramref name="index"/>.</summary>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _segments[index >> SegmentShift][index & SegmentMask];
    }

    /// <summary>Makes room for indices below <paramref name="count"/>.</summary>
    public void EnsureCapacity(int count)
    {
        while (Capacity < count)
        {
            var last = _segments[_segmentCount - 1];
            if (last.Length < SegmentLength)
            {
                Array.Resize(ref last, Math.Min(SegmentLength, last.Length * 2));
                _segments[_segmentCount - 1] = last;
                continue;
            }

            if (_segmentCount == _segments.Length)
            {
                Array.Resize(ref _segments, _segments.Length * 2);
            }

            _segments[_segmentCount++] = new T[SegmentLength];
        }
    }
}
