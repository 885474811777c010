namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>One <c>!path = value</c> of an EXCEPT: the key of each step (a field becomes a string key).</summary>
internal sealed class ExceptPath(Node[] keys, Node value)
{
    /// <summary>The keys, outermost first.</summary>
    public Node[] Keys { get; } = keys;

    /// <summary>The new value; may read <c>@</c>.</summary>
    public Node Value { get; } = value;
}
