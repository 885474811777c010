using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// What one thread last unpacked: the key and, for every key word, the value object built for that
/// node. A successor shares most of its sub-values with the state it came from (UNCHANGED, EXCEPT),
/// so packing it can copy the words of any sub-value that is the very same object, without
/// interning or walking it.
/// </summary>
/// <remarks>
/// Why this is exact for any later pack, not only of that state's successors: values are immutable
/// and ids never change within one <see cref="CodecLayout"/>, so an object once unpacked from words
/// W always packs to W. The memo is dropped when the layout changes.
/// </remarks>
internal sealed class PackMemo(CodecLayout layout)
{
    /// <summary>The layout the memo is valid for.</summary>
    public CodecLayout Layout { get; } = layout;

    /// <summary>The last unpacked key.</summary>
    public uint[] Key { get; } = new uint[layout.WordCount];

    /// <summary>The object unpacked for each node word, or null (a fallback composite's children).</summary>
    public Value?[] Objects { get; } = new Value?[layout.WordCount];
}
