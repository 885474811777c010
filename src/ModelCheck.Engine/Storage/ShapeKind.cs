namespace ModelCheck.Engine.Storage;

/// <summary>How a <see cref="ShapeNode"/> stores its value.</summary>
internal enum ShapeKind
{
    /// <summary>The whole value is interned into one slot.</summary>
    Leaf = 0,

    /// <summary>A tuple (function on 1..n) whose elements are stored in slots of their own.</summary>
    Tuple = 1,

    /// <summary>A record whose fields are stored in slots of their own.</summary>
    Record = 2,

    /// <summary>A function on a fixed finite domain whose images are stored in slots of their own.</summary>
    Map = 3,
}
