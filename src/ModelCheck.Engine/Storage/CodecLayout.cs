namespace ModelCheck.Engine.Storage;

/// <summary>
/// The codec's current key layout: one shape tree per variable, numbered in pre-order so that every
/// node owns one key word and a composite's descendants follow it. Immutable; the codec swaps it
/// whole when it adopts a shape.
/// </summary>
internal sealed class CodecLayout
{
    /// <summary>Lays out <paramref name="roots"/>, whose words are numbered 0, 1, ... in pre-order.</summary>
    public CodecLayout(ShapeNode[] roots, bool shaped)
    {
        Roots = roots;
        Shaped = shaped;
        var words = 0;
        foreach (var root in roots)
        {
            words += root.WordSpan;
        }

        // Why at least one word: a spec without variables still has one (empty) state to store.
        WordCount = Math.Max(1, words);
        HasPadding = words == 0;
        NodesByWord = new ShapeNode?[WordCount];
        var tables = new HashSet<ValueTable>(ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            Index(root, tables);
        }

        Tables = [.. tables];
    }

    /// <summary>One shape per variable.</summary>
    public ShapeNode[] Roots { get; }

    /// <summary>False while every variable is interned whole (before a shape is adopted).</summary>
    public bool Shaped { get; }

    /// <summary>Words in a key.</summary>
    public int WordCount { get; }

    /// <summary>True when the key has a padding word that no node owns (no variables).</summary>
    public bool HasPadding { get; }

    /// <summary>The node owning each key word; null for padding.</summary>
    public ShapeNode?[] NodesByWord { get; }

    /// <summary>Every distinct table, for statistics.</summary>
    public ValueTable[] Tables { get; }

    private void Index(ShapeNode node, HashSet<ValueTable> tables)
    {
        NodesByWord[node.Word] = node;
        tables.Add(node.Table);
        foreach (var child in node.Children)
        {
            Index(child, tables);
        }
    }
}
