using System.Numerics;
using System.Runtime.CompilerServices;

namespace ModelCheck.Engine.Values;

/// <summary>
/// Deterministic hash mixing for values. Why: <see cref="string.GetHashCode()"/> is randomised per
/// process; our hashes must be stable so that runs, and the packed store's layout, are reproducible.
/// </summary>
internal static class Hashing
{
    /// <summary>Mixes a 64-bit integer into a well-distributed 32-bit hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Mix(long value)
    {
        var x = unchecked((ulong)value);
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return unchecked((int)x);
    }

    /// <summary>Combines a running hash with one more hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Combine(int seed, int value) =>
        unchecked((int)BitOperations.RotateLeft((uint)(seed ^ value) * 0x9E3779B1u, 13) + 0x165667B1);

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="text"/>.</summary>
    public static int OfString(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return Mix(hash);
    }
}
