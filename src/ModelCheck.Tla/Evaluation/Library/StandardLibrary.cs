using System.Collections.Frozen;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation.Nodes;

namespace ModelCheck.Tla.Evaluation.Library;

/// <summary>
/// The operators of the standard modules (Naturals, Integers, Sequences, FiniteSets, TLC) that take
/// evaluated arguments. Operators with special evaluation (short-circuit logic, membership,
/// arithmetic) have nodes of their own; see the compiler.
/// </summary>
internal static partial class StandardLibrary
{
    /// <summary>Largest set whose per-element flags <see cref="Difference"/> keeps on the stack.</summary>
    private const int MaxStackMask = 256;

    private static readonly FrozenDictionary<string, BuiltinOperator> s_operators = new Dictionary<string, BuiltinOperator>(StringComparer.Ordinal)
    {
        ["\\cup"] = new(2, Union),
        ["\\cap"] = new(2, Intersect),
        ["\\"] = new(2, Difference),
        ["\\subseteq"] = new(2, (c, s, a) => BoolValue.Of(IsSubset(s, a[0], a[1]))),
        ["\\subset"] = new(2, (c, s, a) => BoolValue.Of(IsSubset(s, a[0], a[1]) && !a[0].Equals(a[1]))),
        ["\\supseteq"] = new(2, (c, s, a) => BoolValue.Of(IsSubset(s, a[1], a[0]))),
        ["\\supset"] = new(2, (c, s, a) => BoolValue.Of(IsSubset(s, a[1], a[0]) && !a[0].Equals(a[1]))),
        ["SUBSET"] = new(1, (c, s, a) => new SubsetSet(AsSet(s, a[0]))),
        ["UNION"] = new(1, BigUnion),
        ["DOMAIN"] = new(1, (c, s, a) => AsFunction(s, a[0]).Domain),
        ["Cardinality"] = new(1, (c, s, a) => IntValue.Of(AsSet(s, a[0]).Count)),
        ["IsFiniteSet"] = new(1, (c, s, a) => BoolValue.Of(AsSet(s, a[0]).IsFinite)),
        ["Seq"] = new(1, (c, s, a) => new SequenceSet(AsSet(s, a[0]))),
        ["Len"] = new(1, (c, s, a) => IntValue.Of(AsSequence(s, a[0]).Length)),
        ["Append"] = new(2, Append),
        ["Head"] = new(1, Head),
        ["Tail"] = new(1, Tail),
        ["\\o"] = new(2, Concat),
        ["SubSeq"] = new(3, SubSeq),
        ["SelectSeq"] = new(2, SelectSeq),
        [":>"] = new(2, (c, s, a) => MapValue.Create(EnumeratedSet.FromSorted([a[0]]), [a[1]])),
        ["@@"] = new(2, Merge),
        ["Print"] = new(2, Print),
        ["PrintT"] = new(1, PrintT),
        ["Assert"] = new(2, Assert),
        ["ToString"] = new(1, (c, s, a) => new StringValue(a[0].ToString())),
        ["Permutations"] = new(1, Permutations),
        ["SortSeq"] = new(2, SortSeq),
        ["TLCEval"] = new(1, (c, s, a) => a[0]),
        ["Any"] = new(0, (c, s, a) => AnySet.Instance),
        ["JavaTime"] = new(0, (c, s, a) => IntValue.Of(0)),
        ["\\X"] = new(-1, Product),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Operators whose arguments at these positions are operators, not values.</summary>
    public static bool TakesOperator(string name, int position) =>
        (name == "SelectSeq" && position == 1) || (name == "SortSeq" && position == 1);

    /// <summary>Finds a library operator by TLA+ name.</summary>
    public static BuiltinOperator? Find(string name) => s_operators.TryGetValue(name, out var op) ? op : null;

    private static SetValue AsSet(SourceSpan span, Value v) =>
        v as SetValue ?? EvalErrors.Throw<SetValue>(span, $"expected a set, found {Node.Describe(v)}");

    private static FunctionValue AsFunction(SourceSpan span, Value v) =>
        v as FunctionValue ?? EvalErrors.Throw<FunctionValue>(span, $"expected a function, found {Node.Describe(v)}");

    private static Value[] AsSequence(SourceSpan span, Value v) =>
        FunctionValue.TryAsSequence(v, out var items) ? items : EvalErrors.Throw<Value[]>(span, $"expected a sequence, found {Node.Describe(v)}");

    private static Value Product(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var factors = new SetValue[a.Length];
        for (var i = 0; i < factors.Length; i++)
        {
            factors[i] = AsSet(span, a[i]);
        }

        return new ProductSetValue(factors);
    }

    private static Value Union(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        if (!AsSet(span, a[0]).IsFinite || !AsSet(span, a[1]).IsFinite)
        {
            return new UnionSetValue((SetValue)a[0], (SetValue)a[1]);
        }

        var x = AsSet(span, a[0]).Enumerate();
        var y = AsSet(span, a[1]).Enumerate();
        if (x.Elements.Length == 0)
        {
            return a[1];
        }

        if (y.Elements.Length == 0)
        {
            return a[0];
        }

        var union = EnumeratedSet.Union(x, y);
        return ReferenceEquals(union, x) ? a[0] : ReferenceEquals(union, y) ? a[1] : union;
    }

    private static Value Intersect(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var x = AsSet(span, a[0]);
        var y = AsSet(span, a[1]);
        if (!x.IsFinite)
        {
            (x, y) = (y, x);
        }

        if (!x.IsFinite)
        {
            return new DifferenceSetValue(x, new DifferenceSetValue(x, y));
        }

        var kept = new List<Value>();
        foreach (var e in x.Enumerate().Elements)
        {
            if (y.Contains(e))
            {
                kept.Add(e);
            }
        }

        return EnumeratedSet.FromSorted([.. kept]);
    }

    private static Value Difference(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var x = AsSet(span, a[0]);
        var y = AsSet(span, a[1]);
        if (!x.IsFinite)
        {
            return new DifferenceSetValue(x, y);
        }

        // Why two passes: S \ {e} is the common form, and it keeps all but one element or all of them;
        // the first pass finds the elements to drop, so the result is allocated once at its size, or
        // not at all when nothing is dropped.
        var whole = x.Enumerate();
        var elements = whole.Elements;
        var drop = elements.Length <= MaxStackMask ? stackalloc bool[elements.Length] : new bool[elements.Length];
        var dropped = 0;
        for (var i = 0; i < elements.Length; i++)
        {
            drop[i] = y.Contains(elements[i]);
            dropped += drop[i] ? 1 : 0;
        }

        if (dropped == 0)
        {
            return whole;
        }

        var kept = new Value[elements.Length - dropped];
        Span<Value> slots = kept;
        var n = 0;
        for (var i = 0; i < elements.Length; i++)
        {
            if (!drop[i])
            {
                slots[n++] = elements[i];
            }
        }

        return EnumeratedSet.FromSorted(kept);
    }

    private static bool IsSubset(SourceSpan span, Value a, Value b)
    {
        var x = AsSet(span, a);
        var y = AsSet(span, b);
        foreach (var e in x.Enumerate().Elements)
        {
            if (!y.Contains(e))
            {
                return false;
            }
        }

        return true;
    }

    private static Value BigUnion(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var all = new List<Value>();
        foreach (var s in AsSet(span, a[0]).Enumerate().Elements)
        {
            all.AddRange(AsSet(span, s).Enumerate().Elements);
        }

        return EnumeratedSet.FromList(all);
    }

    private static Value Append(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var s = AsSequence(span, a[0]);
        var r = new Value[s.Length + 1];
        s.CopyTo(r, 0);
        r[^1] = a[1];
        return new TupleValue(r);
    }

    private static Value Head(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var s = AsSequence(span, a[0]);
        return s.Length > 0 ? s[0] : EvalErrors.Throw<Value>(span, "Head of the empty sequence");
    }

    private static Value Tail(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var s = AsSequence(span, a[0]);
        return s.Length > 0 ? new TupleValue(s[1..]) : EvalErrors.Throw<Value>(span, "Tail of the empty sequence");
    }

    private static Value Concat(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var x = AsSequence(span, a[0]);
        var y = AsSequence(span, a[1]);
        return new TupleValue([.. x, .. y]);
    }

    private static Value SubSeq(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var s = AsSequence(span, a[0]);
        var m = a[1] is IntValue i ? i.Value : EvalErrors.Throw<long>(span, "SubSeq expects integer bounds");
        var n = a[2] is IntValue j ? j.Value : EvalErrors.Throw<long>(span, "SubSeq expects integer bounds");
        if (n < m)
        {
            return TupleValue.Empty;
        }

        if (m < 1 || n > s.Length)
        {
            return EvalErrors.Throw<Value>(span, $"SubSeq({m}, {n}) is outside a sequence of length {s.Length}");
        }

        return new TupleValue(s[(int)(m - 1)..(int)n]);
    }

    private static Value SelectSeq(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var s = AsSequence(span, a[0]);
        var test = a[1] as OperatorClosure ?? EvalErrors.Throw<OperatorClosure>(span, "SelectSeq expects an operator");
        var kept = new List<Value>();
        foreach (var e in s)
        {
            if (ReferenceEquals(ClosureCallNode.Invoke(ctx, span, test, e), BoolValue.True))
            {
                kept.Add(e);
            }
        }

        return new TupleValue([.. kept]);
    }

    private static Value SortSeq(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var s = (Value[])AsSequence(span, a[0]).Clone();
        var less = a[1] as OperatorClosure ?? EvalErrors.Throw<OperatorClosure>(span, "SortSeq expects an operator");

        // Insertion sort: stable, and the comparison is a TLA+ operator, so no comparer allocation games.
        for (var i = 1; i < s.Length; i++)
        {
            var x = s[i];
            var j = i - 1;
            while (j >= 0 && ReferenceEquals(ClosureCallNode.Invoke(ctx, span, less, x, s[j]), BoolValue.True))
            {
                s[j + 1] = s[j];
                j--;
            }

            s[j + 1] = x;
        }

        return new TupleValue(s);
    }

    private static Value Merge(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var f = AsFunction(span, a[0]);
        var g = AsFunction(span, a[1]);
        var keys = new List<Value>();
        var values = new List<Value>();
        for (var i = 0; i < f.Count; i++)
        {
            keys.Add(f.KeyAt(i));
            values.Add(f.ValueAt(i));
        }

        for (var i = 0; i < g.Count; i++)
        {
            if (f.TryApply(g.KeyAt(i)) is null)
            {
                keys.Add(g.KeyAt(i));
                values.Add(g.ValueAt(i));
            }
        }

        var k = keys.ToArray();
        var v = values.ToArray();
        ValueComparer.Sort(k, v);
        return MapValue.Create(EnumeratedSet.FromSorted(k), v);
    }

    private static readonly Lock s_printGate = new();

    private static Value Print(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        lock (s_printGate)
        {
            Console.Out.Write(a[0] is StringValue s ? s.Value : a[0].ToString());
            Console.Out.Write('\n');
        }

        return a[1];
    }

    private static Value PrintT(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        lock (s_printGate)
        {
            Console.Out.Write(a[0] is StringValue s ? s.Value : a[0].ToString());
            Console.Out.Write('\n');
        }

        return BoolValue.True;
    }

    private static Value Assert(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        if (ReferenceEquals(a[0], BoolValue.True))
        {
            return BoolValue.True;
        }

        var message = a[1] is StringValue s ? s.Value : a[1].ToString();
        EvalErrors.ThrowAssert(span, $"the first argument of Assert evaluated to FALSE; the second argument was: \"{message}\"");
        return BoolValue.False;
    }

    private static Value Permutations(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> a)
    {
        var set = AsSet(span, a[0]).Enumerate();
        var elements = set.Elements;
        var result = new List<Value>();
        var perm = (Value[])elements.Clone();
        Permute(perm, 0, set, result);
        return EnumeratedSet.FromList(result);
    }

    private static void Permute(Value[] perm, int k, EnumeratedSet domain, List<Value> result)
    {
        if (k == perm.Length)
        {
            result.Add(MapValue.Create(domain, (Value[])perm.Clone()));
            return;
        }

        for (var i = k; i < perm.Length; i++)
        {
            (perm[k], perm[i]) = (perm[i], perm[k]);
            Permute(perm, k + 1, domain, result);
            (perm[k], perm[i]) = (perm[i], perm[k]);
        }
    }
}
