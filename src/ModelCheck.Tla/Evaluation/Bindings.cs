using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation;

/// <summary>Iterates over every combination of values of several bound variables, in canonical order.</summary>
internal static class Bindings
{
    /// <summary>
    /// Evaluates every domain first (bound names are in scope only in the body), then visits each
    /// combination, the last variable varying fastest. Returns false when the visitor stopped.
    /// </summary>
    public static bool ForEach(EvalContext ctx, BoundVariable[] variables, IBindingVisitor visitor)
    {
        if (variables.Length == 1)
        {
            var only = variables[0];
            var elements = only.Domain.EvalElements(ctx);
            var frame = ctx.Frame;
            foreach (var e in elements)
            {
                only.Bind(frame, e);
                if (!visitor.Visit(ctx))
                {
                    return false;
                }
            }

            return true;
        }

        var domains = new Value[variables.Length][];
        for (var i = 0; i < domains.Length; i++)
        {
            domains[i] = variables[i].Domain.EvalElements(ctx);
            if (domains[i].Length == 0)
            {
                return true;
            }
        }

        return Visit(ctx, variables, domains, 0, visitor);
    }

    private static bool Visit(EvalContext ctx, BoundVariable[] variables, Value[][] domains, int depth, IBindingVisitor visitor)
    {
        var variable = variables[depth];
        var frame = ctx.Frame;
        foreach (var e in domains[depth])
        {
            variable.Bind(frame, e);
            var go = depth + 1 == variables.Length ? visitor.Visit(ctx) : Visit(ctx, variables, domains, depth + 1, visitor);
            if (!go)
            {
                return false;
            }
        }

        return true;
    }
}
