namespace ModelCheck.Tla.Compilation;

/// <summary>
/// The compile-time shape of a frame: how many slots it needs and how deep it is, so that a name
/// used in a nested body compiles to (hops, slot).
/// </summary>
internal sealed class FrameLayout(FrameLayout? parent)
{
    /// <summary>The enclosing layout; null for the root (module level).</summary>
    public FrameLayout? Parent { get; } = parent;

    /// <summary>Static depth: 0 for module level.</summary>
    public int Depth { get; } = parent is null ? 0 : parent.Depth + 1;

    /// <summary>Slots allocated so far.</summary>
    public int Size { get; private set; }

    /// <summary>Allocates a fresh slot.</summary>
    public int Allocate() => Size++;
}
