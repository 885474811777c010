using System.Runtime.ExceptionServices;
using ModelCheck.Engine.Diagnostics;

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

    // Why the sorts below unwrap: a sort wraps what its comparer throws, and a comparison can fail as
    // TLA+ (a set holding an infinite one cannot be enumerated, a function defined by a rule is built
    // to be compared and its rule can fail); unwrapped, that is reported as a TLA+ error at the
    // expression that sorted, not as an internal error.

    /// <summary>Sorts <paramref name="items"/> in the canonical order.</summary>
    public static void Sort(Span<Value> items)
    {
        try
        {
            items.Sort(Comparison);
        }
        catch (InvalidOperationException e) when (e.InnerException is ValueException or DiagnosticException)
        {
            ExceptionDispatchInfo.Throw(e.InnerException!);
        }
    }

    /// <summary>Sorts <paramref name="keys"/> in the canonical order, and <paramref name="items"/> with them.</summary>
    public static void Sort(Value[] keys, Value[] items)
    {
        try
        {
            Array.Sort(keys, items, Instance);
        }
        catch (InvalidOperationException e) when (e.InnerException is ValueException or DiagnosticException)
        {
            ExceptionDispatchInfo.Throw(e.InnerException!);
        }
    }
}
