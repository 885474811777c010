using System.Runtime.CompilerServices;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// Fixed-width byte rows, one per stored state, numbered densely, kept in segments of 65,536 rows
/// (the first segment starts small and doubles until full size).
/// </summary>
/// <remarks>Why segments: see <see cref="SegmentedArray{T}"/>.</remarks>
internal sealed class RowArena
{
    private const int SegmentShift = 16;
    private const int SegmentRows = 1 << SegmentShift;
    private const int SegmentMask = SegmentRows - 1;
    private readonly int _rowBytes;
    private byte[][] _segments;
    private int _segmentCount;
    private int _firstSegmentRows;

    /// <summary>Creates an arena of rows of <paramref name="rowBytes"/> bytes.</summary>
    public RowArena(int rowBytes, int initialRows = 1024)
    {
        _rowBytes = rowBytes;
        _firstSegmentRows = Math.Clamp(initialRows, 16, SegmentRows);
        _segments = [new byte[_firstSegmentRows * rowBytes]];
        _segmentCount = 1;
    }

    /// <summary>Bytes per row.</summary>
    public int RowBytes => _rowBytes;

    /// <summary>Rows that fit without growing.</summary>
    public long CapacityRows => _segmentCount == 1 ? _firstSegmentRows : (long)_segmentCount * SegmentRows;

    /// <summary>Bytes allocated.</summary>
    public long AllocatedBytes => CapacityRows * _rowBytes;

    /// <summary>Row <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Row(int index) => _segments[index >> SegmentShift].AsSpan((index & SegmentMask) * _rowBytes, _rowBytes);

    /// <summary>Makes room for rows below <paramref name="count"/>.</summary>
    public void EnsureCapacity(int count)
    {
        while (CapacityRows < count)
        {
            if (_segmentCount == 1 && _firstSegmentRows < SegmentRows)
            {
                _firstSegmentRows = Math.Min(SegmentRows, _firstSegmentRows * 2);
                Array.Resize(ref _segments[0], _firstSegmentRows * _rowBytes);
                continue;
            }

            if (_segmentCount == _segments.Length)
            {
                Array.Resize(ref _segments, _segments.Length * 2);
            }

            _segments[_segmentCount++] = new byte[SegmentRows * _rowBytes];
        }
    }
}
