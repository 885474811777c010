using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// What one worker last unpacked: the key and, for every key word, the value object built for that
/// node. A successor shares most of its sub-values with the state it came from (UNCHANGED, EXCEPT),
/// so packing it can copy the words of any sub-value that is the very same object, without
/// interning or walking it.
/// </summary>
/// <remarks>
/// <para>
/// Why this is exact for any later pack, not only of that state's successors: values are immutable
/// and ids never change within one <see cref="CodecLayout"/>, so an object once unpacked from words
/// W always packs to W. The memo is cleared when the layout changes.
/// </para>
/// <para>
/// Why each worker passes its own memo rather than the codec keeping one per thread: the memo is
/// read for every successor, and a thread-static look-up there cost 2% of Grid's run.
/// </para>
/// </remarks>
internal sealed class PackMemo
{
    /// <summary>The layout the memo is valid for; null before the first unpack.</summary>
    public CodecLayout? Layout { get; private set; }

    /// <summary>The last unpacked key.</summary>
    public uint[] Key { get; private set; } = [];

    /// <summary>The object unpacked for each node word, or null (a fallback composite's children).</summary>
    public Value?[] Objects { get; private set; } = [];

    /// <summary>Forgets everything and makes the memo valid for <paramref name="layout"/>.</summary>
    public void Reset(CodecLayout layout)
    {
        Layout = layout;
        Key = new uint[layout.WordCount];
        Objects = new Value?[layout.WordCount];
    }
}
