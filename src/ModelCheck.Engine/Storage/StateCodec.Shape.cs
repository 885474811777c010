using System.Globalization;
using System.Text;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>Choosing the shape from a sample state.</summary>
internal sealed partial class StateCodec
{
    /// <summary>
    /// Splits each variable as <paramref name="sample"/>'s value is built: a non-empty function or
    /// record with a finite domain becomes a composite of its images, anything else a leaf. Keys
    /// packed before are no longer valid: the caller re-keys them from their values (see
    /// <see cref="StateStore"/>). Single-threaded: nobody may pack or unpack meanwhile.
    /// </summary>
    /// <remarks>
    /// Why tuples and records get a table per position but maps share one across their domain: a
    /// tuple or record is often heterogeneous (<c>&lt;&lt;ballot, value&gt;&gt;</c>), and a table per
    /// position keeps each slot as narrow as its own values; a map on model values is usually
    /// symmetric (one image per process), and one table keeps as many tables as there are kinds of
    /// slot, not slots.
    /// </remarks>
    public void AdoptShape(ReadOnlySpan<Value> sample)
    {
        if (sample.Length != VariableCount)
        {
            throw new ArgumentException("the sample needs one value per variable", nameof(sample));
        }

        var tables = new Dictionary<string, ValueTable>(StringComparer.Ordinal);
        var roots = new ShapeNode[VariableCount];
        var next = 0;
        for (var v = 0; v < VariableCount; v++)
        {
            var remaining = MaxWordsPerVariable - 1;
            roots[v] = Build(sample[v], v.ToString(CultureInfo.InvariantCulture), ref next, ref remaining, tables);
        }

        Volatile.Write(ref _layout, new CodecLayout(roots, shaped: true));
        Interlocked.Increment(ref _generation);
    }

    /// <summary>How variables are split, such as <c>x: 4 slots, y: whole</c>, for --stats.</summary>
    public string DescribeShape(IReadOnlyList<string> variableNames)
    {
        var layout = Volatile.Read(ref _layout);
        var builder = new StringBuilder();
        for (var v = 0; v < layout.Roots.Length; v++)
        {
            if (v > 0)
            {
                builder.Append(", ");
            }

            var root = layout.Roots[v];
            builder.Append(v < variableNames.Count ? variableNames[v] : "?").Append(": ");
            if (root.Kind == ShapeKind.Leaf)
            {
                builder.Append("whole");
            }
            else
            {
                var leaves = 0;
                CountLeaves(root, ref leaves);
                builder.Append(leaves.ToString(CultureInfo.InvariantCulture)).Append(leaves == 1 ? " slot" : " slots");
            }
        }

        return builder.ToString();
    }

    private static void CountLeaves(ShapeNode node, ref int leaves)
    {
        if (node.Kind == ShapeKind.Leaf)
        {
            leaves++;
            return;
        }

        foreach (var child in node.Children)
        {
            CountLeaves(child, ref leaves);
        }
    }

    private ShapeNode Build(Value value, string path, ref int next, ref int remaining, Dictionary<string, ValueTable> tables)
    {
        var word = next++;
        if (value is not FunctionValue f || (f is LazyFunctionValue lazy && !lazy.DomainSet.IsFinite))
        {
            return ShapeNode.Leaf(word, TableFor(path, tables));
        }

        var n = f.Count;
        if (n == 0 || n > remaining)
        {
            return ShapeNode.Leaf(word, TableFor(path, tables));
        }

        remaining -= n;
        var keys = new Value[n];
        var isTuple = true;
        var isRecord = true;
        for (var i = 0; i < n; i++)
        {
            var key = f.KeyAt(i);
            keys[i] = key;
            isTuple &= key is IntValue k && k.Value == i + 1;
            isRecord &= key is StringValue;
        }

        var kind = isTuple ? ShapeKind.Tuple : isRecord ? ShapeKind.Record : ShapeKind.Map;
        var node = ShapeNode.Composite(kind, word, TableFor(path + "#", tables), keys);
        var children = new ShapeNode[n];
        for (var i = 0; i < n; i++)
        {
            var childPath = kind switch
            {
                ShapeKind.Record => path + "." + ((StringValue)keys[i]).Value,
                ShapeKind.Tuple => path + "." + (i + 1).ToString(CultureInfo.InvariantCulture),
                _ => path + "[]",
            };
            children[i] = Build(f.ValueAt(i), childPath, ref next, ref remaining, tables);
        }

        node.Complete(children, next - word);
        return node;
    }

    private ValueTable TableFor(string path, Dictionary<string, ValueTable> tables)
    {
        if (!tables.TryGetValue(path, out var table))
        {
            table = new ValueTable(_onWidthGrowth, compactSets: true);
            tables.Add(path, table);
        }

        return table;
    }
}
