namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>One <c>!path = value</c> of an EXCEPT: the key of each step (a field becomes a string key).</summary>
internal sealed class ExceptPath(Node[] keys, Node value, int run = 1)
{
    /// <summary>The keys, outermost first.</summary>
    public Node[] Keys { get; } = keys;

    /// <summary>The new value; may read <c>@</c>.</summary>
    public Node Value { get; } = value;

    /// <summary>
    /// How many paths, this one first, differ only in their last step, a distinct field each
    /// (<c>![i][a].bal = b, ![i][a].val = v</c>); 1 when the next path does not.
    /// </summary>
    public int Run { get; } = run;
}
