using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// Hashes of keys: a 64-bit fingerprint, and the 32-bit hash the seen set is indexed by, folded from it.
/// </summary>
/// <remarks>
/// Why hash the key words and not the values: the words are a canonical form of the state (equal
/// states have equal keys), so hashing them never walks a value's object graph.
/// </remarks>
internal static class StateHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    /// <summary>A well-mixed 64-bit fingerprint of <paramref name="key"/> (xxHash64-style rounds and finish).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Fingerprint(ReadOnlySpan<uint> key)
    {
        var h = Prime5 + ((ulong)key.Length * Prime1);
        foreach (var pair in MemoryMarshal.Cast<uint, ulong>(key))
        {
            h ^= BitOperations.RotateLeft(pair * Prime2, 31) * Prime1;
            h = (BitOperations.RotateLeft(h, 27) * Prime1) + Prime3;
        }

        if ((key.Length & 1) != 0)
        {
            h ^= key[^1] * Prime1;
            h = (BitOperations.RotateLeft(h, 23) * Prime2) + Prime3;
        }

        return Avalanche(h);
    }

    /// <summary>
    /// The 32-bit hash of a stored row (the store's own bit-packed form of a key), by the same rounds.
    /// </summary>
    /// <remarks>
    /// Why the exact seen set hashes rows, not keys: growing the table rehashes every stored state,
    /// and a row is at hand where a key must first be decoded (Grid: 5% of the run went to that).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int OfRow(ReadOnlySpan<byte> row)
    {
        var h = Prime5 + ((ulong)row.Length * Prime1);
        while (row.Length >= sizeof(ulong))
        {
            h ^= BitOperations.RotateLeft(MemoryMarshal.Read<ulong>(row) * Prime2, 31) * Prime1;
            h = (BitOperations.RotateLeft(h, 27) * Prime1) + Prime3;
            row = row[sizeof(ulong)..];
        }

        if (!row.IsEmpty)
        {
            ulong tail = 0;
            for (var i = 0; i < row.Length; i++)
            {
                tail |= (ulong)row[i] << (8 * i);
            }

            h ^= tail * Prime1;
            h = (BitOperations.RotateLeft(h, 23) * Prime2) + Prime3;
        }

        return Fold(Avalanche(h));
    }

    /// <summary>
    /// <see cref="OfRow"/> of a row of <paramref name="rowBytes"/> bytes held in whole 64-bit words,
    /// zero above the row (as <see cref="BitLayout.TryEncode"/> leaves it): the same hash, without
    /// taking the tail apart byte by byte.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int OfRowWords(ReadOnlySpan<ulong> words, int rowBytes)
    {
        var h = Prime5 + ((ulong)rowBytes * Prime1);
        var whole = rowBytes >> 3;
        for (var i = 0; i < whole; i++)
        {
            h ^= BitOperations.RotateLeft(words[i] * Prime2, 31) * Prime1;
            h = (BitOperations.RotateLeft(h, 27) * Prime1) + Prime3;
        }

        if ((rowBytes & 7) != 0)
        {
            h ^= words[whole] * Prime1;
            h = (BitOperations.RotateLeft(h, 23) * Prime2) + Prime3;
        }

        return Fold(Avalanche(h));
    }

    /// <summary>The 32-bit hash of a fingerprint.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Fold(ulong fingerprint) => unchecked((int)(fingerprint ^ (fingerprint >> 32)));

    /// <summary>xxHash64's final mix: every input bit affects every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Avalanche(ulong h)
    {
        h ^= h >> 33;
        h *= Prime2;
        h ^= h >> 29;
        h *= Prime3;
        return h ^ (h >> 32);
    }
}
