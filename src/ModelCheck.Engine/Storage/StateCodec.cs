using System.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>
/// Turns a state (one value per variable) into a key of 32-bit slot ids and back. A variable whose
/// value is a function or record with a fixed domain is split into one slot per image (recursively),
/// so that Grid's <c>x \in [1..4 -&gt; 0..29]</c> takes four slots of 30 ids each rather than one
/// slot over 810,000 interned functions. The <see cref="StateStore"/> bit-packs keys with as few
/// bits per slot as the ids need.
/// </summary>
/// <remarks>
/// <para>
/// Why the shape comes from the first initial state, adopted late: the codec cannot see a state
/// before the search packs one, and the initial states are packed before anything else is known.
/// Until <see cref="AdoptShape"/>, every variable is interned whole (one word per variable); the
/// store calls it, and re-keys the initial states, on its first read after they were added (see
/// <see cref="StateStore"/>), which is before any successor is packed. Values that do not fit the
/// shape later (a sequence that grew, a record with other fields) are interned whole in the
/// node's fallback table, so any value can be stored.
/// </para>
/// <para>
/// Why keys are not bit-packed here: successors are packed by many workers while interning adds
/// ids, so the number of bits a slot needs is only known when a level is merged; keys of whole
/// words stay valid whatever the widths become.
/// </para>
/// </remarks>
internal sealed partial class StateCodec
{
    /// <summary>Most key words one variable may be split into; bigger values stay whole.</summary>
    internal const int MaxWordsPerVariable = 1024;

    private readonly Action _onWidthGrowth;
    private CodecLayout _layout;
    private int _generation;

    /// <summary>Creates a codec for states of <paramref name="variableCount"/> variables, each interned whole until a shape is adopted.</summary>
    public StateCodec(int variableCount)
    {
        VariableCount = variableCount;
        _onWidthGrowth = OnWidthGrowth;
        var roots = new ShapeNode[variableCount];
        for (var i = 0; i < variableCount; i++)
        {
            roots[i] = ShapeNode.Leaf(i, new ValueTable(_onWidthGrowth, compactSets: true));
        }

        _layout = new CodecLayout(roots, shaped: false);
    }

    /// <summary>The number of variables.</summary>
    public int VariableCount { get; }

    /// <summary>The number of 32-bit words a key takes. Changes only when a shape is adopted.</summary>
    public int WordCount => Volatile.Read(ref _layout).WordCount;

    /// <summary>True once a shape was adopted.</summary>
    public bool IsShaped => Volatile.Read(ref _layout).Shaped;

    /// <summary>
    /// Changes whenever some slot's ids may need one more bit, or the layout changes; the store
    /// re-derives its bit widths when it sees a new value.
    /// </summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Total interned values across tables, for statistics.</summary>
    public long InternedValues
    {
        get
        {
            long n = 0;
            foreach (var t in Volatile.Read(ref _layout).Tables)
            {
                n += t.Count;
            }

            return n;
        }
    }

    /// <summary>
    /// Packs <paramref name="state"/> into <paramref name="destination"/> (length <see cref="WordCount"/>),
    /// copying the words of sub-values that <paramref name="memo"/> last unpacked (see <see cref="UnpackInto"/>).
    /// </summary>
    public void Pack(ReadOnlySpan<Value> state, Span<uint> destination, PackMemo? memo = null)
    {
        var layout = Volatile.Read(ref _layout);
        Debug.Assert(state.Length == VariableCount, "one value per variable");
        Debug.Assert(destination.Length == layout.WordCount, "the key has the layout's width");
        if (memo is not null && !ReferenceEquals(memo.Layout, layout))
        {
            memo = null;
        }

        var roots = layout.Roots;
        for (var i = 0; i < roots.Length; i++)
        {
            PackNode(roots[i], state[i], destination, memo);
        }

        if (layout.HasPadding)
        {
            destination[0] = 0;
        }
    }

    /// <summary>
    /// Packs a successor given as changes to the state <paramref name="memo"/> last unpacked (see
    /// <see cref="IChangedSuccessorSink"/>): a changed variable's words are copied from the memo's key
    /// and only its new image is packed. Returns false, with <paramref name="destination"/> unusable,
    /// when a changed variable or a function on the path to the image is not what the memo unpacked
    /// into one word per image; the caller then builds the values and calls <see cref="Pack"/>.
    /// </summary>
    /// <remarks>
    /// Why exact: the memo's key packs the parent's function (its words were unpacked into that very
    /// object, and so were those of every function on the path), the function with one image replaced
    /// differs from it in that image's words only, and an image packs the same wherever it stands in
    /// the function (see <see cref="PackNode"/>).
    /// </remarks>
    public bool PackChanged(ReadOnlySpan<Value> state, ReadOnlySpan<ImageChange> changes, Span<uint> destination, PackMemo memo)
    {
        var layout = Volatile.Read(ref _layout);
        Debug.Assert(state.Length == VariableCount, "one value per variable");
        Debug.Assert(destination.Length == layout.WordCount, "the key has the layout's width");
        if (!ReferenceEquals(memo.Layout, layout))
        {
            return false;
        }

        var roots = layout.Roots;
        foreach (var change in changes)
        {
            if (ChangedNode(roots[change.Variable], state[change.Variable], change, memo) is null)
            {
                return false;
            }
        }

        var next = 0;
        for (var i = 0; i < roots.Length; i++)
        {
            var root = roots[i];
            if (next < changes.Length && changes[next].Variable == i)
            {
                memo.Key.AsSpan(root.Word, root.WordSpan).CopyTo(destination[root.Word..]);
                do
                {
                    // Why each image on its own: the paths are disjoint, so no change moves another's words.
                    PackNode(ChangedNode(root, state[i], changes[next], memo)!, changes[next].Image, destination, memo);
                    next++;
                }
                while (next < changes.Length && changes[next].Variable == i);
            }
            else
            {
                PackNode(root, state[i], destination, memo);
            }
        }

        Debug.Assert(next == changes.Length, "changes are in increasing order of variable");
        if (layout.HasPadding)
        {
            destination[0] = 0;
        }

        return true;
    }

    /// <summary>
    /// The node of the image that <paramref name="change"/> replaces in <paramref name="value"/>, the
    /// value of <paramref name="root"/>'s variable; null unless every function on the path is the
    /// object the memo unpacked from its words, split into one child per image.
    /// </summary>
    private static ShapeNode? ChangedNode(ShapeNode root, Value value, in ImageChange change, PackMemo memo)
    {
        var node = root;
        for (var level = 0; level < change.Depth; level++)
        {
            if (node.Kind == ShapeKind.Leaf || memo.Key[node.Word] != 0 || !ReferenceEquals(memo.Objects[node.Word], value))
            {
                return null;
            }

            // Invariant: the node's words say "fits", so the function has one image per child.
            var position = change.PositionAt(level);
            Debug.Assert((uint)position < (uint)node.Children.Length, "the unpacked function fits the node");
            node = node.Children[position];
            if (level + 1 < change.Depth)
            {
                value = ((FunctionValue)value).ValueAt(position);
            }
        }

        return node;
    }

    /// <summary>Unpacks <paramref name="packed"/> into a fresh value array.</summary>
    public Value[] Unpack(ReadOnlySpan<uint> packed)
    {
        var layout = Volatile.Read(ref _layout);
        Debug.Assert(packed.Length == layout.WordCount, "the key has the layout's width");
        var state = new Value[VariableCount];
        var roots = layout.Roots;
        for (var i = 0; i < roots.Length; i++)
        {
            state[i] = UnpackNode(roots[i], packed, null);
        }

        return state;
    }

    /// <summary>
    /// Unpacks <paramref name="packed"/> into <paramref name="state"/>, and remembers the values in
    /// <paramref name="memo"/> so that packing successors can copy the words of unchanged sub-values.
    /// A function or record whose words equal those of the state the memo holds is that same object.
    /// </summary>
    /// <remarks>
    /// Why reuse: states expanded one after the other share most sub-values (one process moved), and
    /// rebuilding them would allocate for every expanded state; values are immutable, so sharing is safe.
    /// </remarks>
    public void UnpackInto(ReadOnlySpan<uint> packed, Value[] state, PackMemo memo)
    {
        var layout = Volatile.Read(ref _layout);
        Debug.Assert(packed.Length == layout.WordCount, "the key has the layout's width");
        if (!ReferenceEquals(memo.Layout, layout))
        {
            memo.Reset(layout);
        }

        // Why spans: a store into a Value[] checks the element's type on every store (values are
        // subclasses), a store through a span does not; the check is made once, here.
        Span<Value> target = state;
        Span<Value?> objects = memo.Objects;
        var roots = layout.Roots;
        for (var i = 0; i < roots.Length; i++)
        {
            target[i] = UnpackReusing(roots[i], packed, memo.Key, objects);
        }

        // Last: while unpacking, the memo's key is the previous state's, to compare with.
        packed.CopyTo(memo.Key);
    }

    /// <summary>
    /// Writes, for every key word, how many distinct values the word can take so far (ids below the
    /// bound): a leaf's table size, or a composite's fallback table size plus one for "fits".
    /// </summary>
    public void CopySlotBounds(Span<uint> bounds)
    {
        var nodes = Volatile.Read(ref _layout).NodesByWord;
        Debug.Assert(bounds.Length == nodes.Length, "one bound per key word");
        for (var w = 0; w < nodes.Length; w++)
        {
            var node = nodes[w];
            bounds[w] = node is null ? 1u : node.Kind == ShapeKind.Leaf ? (uint)Math.Max(1, node.Table.Count) : (uint)node.Table.Count + 1;
        }
    }

    private static void PackNode(ShapeNode node, Value value, Span<uint> key, PackMemo? memo)
    {
        var word = node.Word;
        if (memo is not null && ReferenceEquals(memo.Objects[word], value))
        {
            if (node.WordSpan == 1)
            {
                // Why apart: a leaf is the common case, and a one-word copy needs no memmove call.
                key[word] = memo.Key[word];
            }
            else
            {
                memo.Key.AsSpan(word, node.WordSpan).CopyTo(key[word..]);
            }

            return;
        }

        if (node.Kind == ShapeKind.Leaf)
        {
            key[word] = node.Table.Intern(value);
            return;
        }

        if (value is FunctionValue f && node.Fits(f))
        {
            key[word] = 0;
            var children = node.Children;
            for (var i = 0; i < children.Length; i++)
            {
                PackNode(children[i], f.ValueAt(i), key, memo);
            }

            return;
        }

        key[word] = node.Table.Intern(value) + 1;
        key.Slice(word + 1, node.WordSpan - 1).Clear();
    }

    private static Value UnpackNode(ShapeNode node, ReadOnlySpan<uint> key, Value?[]? objects)
    {
        var word = node.Word;
        var id = key[word];
        Value value;
        if (node.Kind == ShapeKind.Leaf)
        {
            value = node.Table[id];
        }
        else if (id != 0)
        {
            value = node.Table[id - 1];

            // Why clear: the children's words are 0 here, and a stale object must not map to them.
            objects?.AsSpan(word + 1, node.WordSpan - 1).Clear();
        }
        else
        {
            var children = node.Children;
            var images = new Value[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                images[i] = UnpackNode(children[i], key, objects);
            }

            value = node.Compose(images);
        }

        if (objects is not null)
        {
            objects[word] = value;
        }

        return value;
    }

    private static Value UnpackReusing(ShapeNode node, ReadOnlySpan<uint> key, uint[] memoKey, Span<Value?> objects)
    {
        var word = node.Word;
        // Invariant: objects[w] was unpacked from memo.Key's words w .. w + span (or is null).
        var previous = objects[word];
        if (node.Kind == ShapeKind.Leaf)
        {
            // Why reuse a leaf too: a compact set is built anew on every read (see ValueTable).
            var leafId = key[word];
            if (previous is not null && memoKey[word] == leafId)
            {
                return previous;
            }

            var leaf = node.Table[leafId];
            objects[word] = leaf;
            return leaf;
        }

        if (previous is not null && key.Slice(word, node.WordSpan).SequenceEqual(memoKey.AsSpan(word, node.WordSpan)))
        {
            return previous;
        }

        var id = key[word];
        Value value;
        if (id != 0)
        {
            value = node.Table[id - 1];
            objects.Slice(word + 1, node.WordSpan - 1).Clear();
        }
        else
        {
            var children = node.Children;
            var images = new Value[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                images[i] = UnpackReusing(children[i], key, memoKey, objects);
            }

            value = node.Compose(images);
        }

        objects[word] = value;
        return value;
    }

    private void OnWidthGrowth() => Interlocked.Increment(ref _generation);
}
