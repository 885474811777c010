using System.Runtime.ExceptionServices;

namespace ModelCheck.Engine.Values;

/// <summary>The canonical total order on values, as an <see cref="IComparer{T}"/> that does not box.</summary>
internal sealed class ValueComparer : IComparer<Value>
{
    /// <summary>The one instance.</summary>
    public static ValueComparer Instance { get; } = new();

    /// <summary>
    /// <see cref="Compare"/> as a delegate made once: sorting one array with an <see cref="IComparer{T}"/>
    /// makes a new delegate on every call, which building sets did for every state.
    /// </summary>
    public static Comparison<Value> Comparison { get; } = Instance.Compare;

    /// <inheritdoc />
    public int Compare(Value? x, Value? y) => x is null ? (y is null ? 0 : -1) : x.CompareTo(y);

    /// <summary>Sorts <paramref name="items"/> in the canonical order.</summary>
    public static void Sort(Span<Value> items)
    {
        try
        {
            items.Sort(Comparison);
        }
        catch (InvalidOperationException e) when (e.InnerException is ValueException inner)
        {
            Unwrap(inner);
        }
    }

    /// <summary>Sorts <paramref name="keys"/> in the canonical order, and <paramref name="items"/> with them.</summary>
    public static void Sort(Value[] keys, Value[] items)
    {
        try
        {
            Array.Sort(keys, items, Instance);
        }
        catch (InvalidOperationException e) when (e.InnerException is ValueException inner)
        {
            Unwrap(inner);
        }
    }

    // Why: a sort wraps what its comparer throws, and comparing sets that hold infinite ones throws a
    // ValueException; unwrapped, it is reported as a TLA+ error at the expression that sorted, not
    // as an internal error.
    private static void Unwrap(ValueException inner) => ExceptionDispatchInfo.Throw(inner);
}
