using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// One node of a variable's shape: either a leaf slot holding the id of an interned value, or a
/// function or record with a fixed domain whose images are nodes of their own. A composite node has
/// a slot too, its tag: 0 when the value fits the shape, otherwise 1 + the id of the whole value in
/// <see cref="Table"/> (the fallback), with the children's slots left 0.
/// </summary>
internal sealed class ShapeNode
{
    private ShapeNode(ShapeKind kind, int word, ValueTable table, Value[] keys, StringValue[] names, EnumeratedSet? domain)
    {
        Kind = kind;
        Word = word;
        Table = table;
        Keys = keys;
        Names = names;
        Domain = domain;
        WordSpan = 1;
    }

    /// <summary>How the value is stored.</summary>
    public ShapeKind Kind { get; }

    /// <summary>The key word of this node: the leaf id, or the composite's tag.</summary>
    public int Word { get; }

    /// <summary>Key words taken by this node and its descendants, which follow <see cref="Word"/>.</summary>
    public int WordSpan { get; private set; }

    /// <summary>A leaf's values, or a composite's fallback values.</summary>
    public ValueTable Table { get; }

    /// <summary>A composite's domain in canonical order.</summary>
    public Value[] Keys { get; }

    /// <summary>A record's field names (its <see cref="Keys"/>, typed).</summary>
    public StringValue[] Names { get; }

    /// <summary>A map's domain as a set.</summary>
    public EnumeratedSet? Domain { get; }

    /// <summary>A composite's image nodes, one per key.</summary>
    public ShapeNode[] Children { get; private set; } = [];

    /// <summary>Creates a leaf at <paramref name="word"/>.</summary>
    public static ShapeNode Leaf(int word, ValueTable table) => new(ShapeKind.Leaf, word, table, [], [], null);

    /// <summary>Creates a composite at <paramref name="word"/>; its children are set by <see cref="Complete"/>.</summary>
    public static ShapeNode Composite(ShapeKind kind, int word, ValueTable fallback, Value[] keys)
    {
        StringValue[] names = [];
        EnumeratedSet? domain = null;
        if (kind == ShapeKind.Record)
        {
            names = new StringValue[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                names[i] = (StringValue)keys[i];
            }

            names = RecordValue.InternNames(names);
        }
        else if (kind == ShapeKind.Map)
        {
            domain = EnumeratedSet.FromSorted(keys);
        }

        return new ShapeNode(kind, word, fallback, keys, names, domain);
    }

    /// <summary>Sets a composite's children once they are built.</summary>
    public void Complete(ShapeNode[] children, int wordSpan)
    {
        Children = children;
        WordSpan = wordSpan;
    }

    /// <summary>True when <paramref name="f"/> has exactly this node's domain.</summary>
    /// <remarks>
    /// Why equality and not representation decides: a value must get the same key whatever object
    /// holds it (a tuple or an equal map, a lazy function or its materialised form), or the store
    /// would count one state twice. Only a lazy function on an infinite domain is turned away, and
    /// it cannot equal a function on this (finite) domain.
    /// </remarks>
    public bool Fits(FunctionValue f)
    {
        var keys = Keys;
        if ((f is LazyFunctionValue lazy && !lazy.DomainSet.IsFinite) || f.Count != keys.Length)
        {
            return false;
        }

        if (Kind == ShapeKind.Tuple && f is TupleValue)
        {
            return true;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            var key = f.KeyAt(i);
            if (!ReferenceEquals(key, keys[i]) && !key.Equals(keys[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds the value of a fitting composite from its images.</summary>
    public FunctionValue Compose(Value[] images) => Kind switch
    {
        ShapeKind.Tuple => new TupleValue(images),
        ShapeKind.Record => RecordValue.FromSorted(Names, images),
        _ => new MapValue(Domain!, images),
    };
}
