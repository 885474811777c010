using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>{x \in S : P}</c>.</summary>
internal sealed class SetFilterNode(SourceSpan span, BoundVariable variable, Node predicate) : Node(span)
{
    /// <summary>Largest domain whose per-element flags are kept on the stack.</summary>
    private const int MaxStackFlags = 256;

    /// <inheritdoc />
    /// <remarks>
    /// Why flags and one exact array: a growing list and its copy were a tenth of what DnsRace
    /// allocated (its cleanup selects plans by generation); a filter that keeps every element is the
    /// domain itself. The predicate runs once per element, in order, as before.
    /// </remarks>
    public override Value Eval(EvalContext ctx)
    {
        var domain = variable.Domain;
        var set = domain.Eval(ctx);
        var elements = domain.ElementsOf(ctx, set);
        Span<bool> flags = elements.Length <= MaxStackFlags ? stackalloc bool[elements.Length] : new bool[elements.Length];
        var frame = ctx.Frame;
        var count = 0;
        for (var i = 0; i < elements.Length; i++)
        {
            variable.Bind(frame, elements[i]);
            if (predicate.EvalBool(ctx))
            {
                flags[i] = true;
                count++;
            }
        }

        if (count == elements.Length && set is EnumeratedSet whole)
        {
            return whole;
        }

        // A subset of a sorted set keeps its order.
        var kept = new Value[count];
        var next = 0;
        for (var i = 0; i < elements.Length; i++)
        {
            if (flags[i])
            {
                kept[next++] = elements[i];
            }
        }

        return EnumeratedSet.FromSorted(kept);
    }
}
