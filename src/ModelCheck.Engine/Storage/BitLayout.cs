using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// Where each key word lives in a stored row: a bit field just wide enough for the ids seen so far,
/// fields laid end to end, the row rounded up to whole bytes. Grid's four slots of 30 ids take
/// 4 x 5 = 20 bits, a 3-byte row.
/// </summary>
/// <remarks>
/// Why whole bytes and not words: rows sit end to end in the arena, so a 35-bit state costs 5 bytes,
/// not 8. Rows are moved through a scratch of 64-bit words, in which a field (at most 32 bits)
/// straddles at most two words.
/// </remarks>
internal sealed class BitLayout
{
    private readonly int[] _offsets;
    private readonly uint[] _masks;
    private readonly bool[] _spills;

    /// <summary>Lays out fields for slots whose ids are below <paramref name="bounds"/>.</summary>
    public BitLayout(ReadOnlySpan<uint> bounds)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the state store lays rows out as little-endian bytes");
        }

        _offsets = new int[bounds.Length];
        _masks = new uint[bounds.Length];
        _spills = new bool[bounds.Length];
        var offset = 0;
        for (var i = 0; i < bounds.Length; i++)
        {
            var width = WidthFor(bounds[i]);
            _offsets[i] = offset;
            _masks[i] = width == 32 ? uint.MaxValue : (1u << width) - 1;
            _spills[i] = (offset & 63) + width > 64;
            offset += width;
        }

        TotalBits = offset;
        RowBytes = Math.Max(1, (offset + 7) / 8);
        ScratchWords = Math.Max(1, (offset + 63) / 64);
    }

    /// <summary>Slots (key words) laid out.</summary>
    public int SlotCount => _offsets.Length;

    /// <summary>Bits of all fields.</summary>
    public int TotalBits { get; }

    /// <summary>Bytes of a stored row.</summary>
    public int RowBytes { get; }

    /// <summary>64-bit words of scratch needed to encode or decode a row.</summary>
    public int ScratchWords { get; }

    /// <summary>The bits needed for ids below <paramref name="bound"/>.</summary>
    public static int WidthFor(uint bound) => bound <= 1 ? 0 : 32 - BitOperations.LeadingZeroCount(bound - 1);

    /// <summary>The width of slot <paramref name="slot"/>.</summary>
    public int Width(int slot) => BitOperations.PopCount(_masks[slot]);

    /// <summary>True when both layouts put every field at the same place.</summary>
    public bool SameAs(BitLayout other) => _offsets.AsSpan().SequenceEqual(other._offsets) && _masks.AsSpan().SequenceEqual(other._masks);

    /// <summary>
    /// Encodes <paramref name="key"/> into <paramref name="scratch"/> (cleared here). False when some id
    /// does not fit its field: no stored row can then equal the key.
    /// </summary>
    public bool TryEncode(ReadOnlySpan<uint> key, Span<ulong> scratch)
    {
        Debug.Assert(key.Length == _offsets.Length, "one id per slot");
        Debug.Assert(scratch.Length >= ScratchWords, "scratch holds the row");
        var offsets = _offsets;
        var masks = _masks;
        if (ScratchWords == 1)
        {
            // Why apart: most rows fit one word (Grid's take 20 bits), and then no field spills.
            ulong row = 0;
            for (var i = 0; i < key.Length; i++)
            {
                var id = key[i];
                if (id > masks[i])
                {
                    return false;
                }

                row |= (ulong)id << offsets[i];
            }

            scratch[0] = row;
            return true;
        }

        scratch[..ScratchWords].Clear();
        var spills = _spills;
        for (var i = 0; i < key.Length; i++)
        {
            var id = key[i];
            var mask = masks[i];
            if (id > mask)
            {
                return false;
            }

            if (mask == 0)
            {
                continue;
            }

            var offset = offsets[i];
            var word = offset >> 6;
            var shift = offset & 63;
            scratch[word] |= (ulong)id << shift;
            if (spills[i])
            {
                // The field crosses into the next word (so shift > 32): its high bits go there.
                scratch[word + 1] |= (ulong)id >> (64 - shift);
            }
        }

        return true;
    }

    /// <summary>Decodes a stored row into <paramref name="key"/>, using <paramref name="scratch"/>.</summary>
    public void Decode(ReadOnlySpan<byte> row, Span<uint> key, Span<ulong> scratch)
    {
        Debug.Assert(row.Length == RowBytes, "a whole row");
        Debug.Assert(key.Length == _offsets.Length, "one id per slot");
        Debug.Assert(scratch.Length >= ScratchWords, "scratch holds the row");
        scratch[..ScratchWords].Clear();
        row.CopyTo(MemoryMarshal.AsBytes(scratch));
        var offsets = _offsets;
        var masks = _masks;
        var spills = _spills;
        for (var i = 0; i < key.Length; i++)
        {
            var mask = masks[i];
            if (mask == 0)
            {
                key[i] = 0;
                continue;
            }

            var offset = offsets[i];
            var word = offset >> 6;
            var shift = offset & 63;
            var bits = scratch[word] >> shift;
            if (spills[i])
            {
                bits |= scratch[word + 1] << (64 - shift);
            }

            key[i] = (uint)bits & mask;
        }
    }
}
