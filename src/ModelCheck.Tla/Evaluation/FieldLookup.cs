using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation;

/// <summary>
/// <c>r.field</c> for one field name, remembering where the field sits in each record shape (sorted
/// field names) it has met.
/// </summary>
/// <remarks>
/// Why: records built from the same field names share one names array, so a shape is known by that
/// array's identity, and a guard such as <c>m.type = "phase1a"</c> meets a handful of shapes (one per
/// message type) for millions of records. Comparing the field name with each name of the record was
/// 4% of PaxosCommit's run. Why at most eight shapes, never replaced: a site that meets more keeps
/// searching by name instead of allocating a new entry per record; entries are immutable and
/// published with one write, so threads sharing the site read a whole entry or none.
/// </remarks>
internal sealed class FieldLookup(string field)
{
    private const int MaxShapes = 8;
    private readonly Shape?[] _shapes = new Shape?[MaxShapes];
    private int _count;
    private const int MaxCandidates = 2 * MaxShapes;
    private readonly StringValue[]?[] _candidates = new StringValue[]?[MaxCandidates];
    private int _nextCandidate;

    /// <summary>How many shapes are remembered.</summary>
    public int RememberedShapes => Math.Min(Volatile.Read(ref _count), MaxShapes);

    /// <summary>The field's value in <paramref name="record"/>, or null when the record has no such field.</summary>
    public Value? Find(RecordValue record)
    {
        var names = record.Names;
        var shapes = _shapes;
        for (var i = 0; i < shapes.Length; i++)
        {
            var shape = Volatile.Read(ref shapes[i]);
            if (shape is null)
            {
                break;
            }

            if (ReferenceEquals(shape.Names, names))
            {
                return shape.Index < 0 ? null : record.ValueAt(shape.Index);
            }
        }

        var index = record.IndexOf(field);

        // Why only a shape missed before: some records get a names array of their own (built from a
        // function's domain), and those must not take the slots for good. Recent misses are kept in
        // a small ring; races on it only delay remembering a shape.
        if (!WasMissed(names))
        {
            _candidates[(uint)_nextCandidate++ % MaxCandidates] = names;
            return index < 0 ? null : record.ValueAt(index);
        }

        if (Volatile.Read(ref _count) < MaxShapes)
        {
            var slot = Interlocked.Increment(ref _count) - 1;
            if (slot < MaxShapes)
            {
                Volatile.Write(ref shapes[slot], new Shape(names, index));
            }
        }

        return index < 0 ? null : record.ValueAt(index);
    }

    private bool WasMissed(StringValue[] names)
    {
        var candidates = _candidates;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (ReferenceEquals(Volatile.Read(ref candidates[i]), names))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Shape(StringValue[] names, int index)
    {
        public StringValue[] Names { get; } = names;

        public int Index { get; } = index;
    }
}
