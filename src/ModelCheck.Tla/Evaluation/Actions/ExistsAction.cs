using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary><c>\E x \in S : A</c>: the action once per element, in canonical order.</summary>
internal sealed class ExistsAction(SourceSpan span, BoundVariable[] variables, ActionNode body) : ActionNode(span)
{
    /// <summary>The body.</summary>
    public ActionNode Body { get; } = body;

    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        if (variables.Length == 1)
        {
            // Why a separate path: the common \E x \in S allocates nothing per state here.
            var variable = variables[0];
            foreach (var e in variable.Domain.EvalElements(ctx))
            {
                variable.Bind(ctx.Frame, e);
                Body.Enumerate(ctx, next);
            }

            return;
        }

        var domains = new Value[variables.Length][];
        for (var i = 0; i < domains.Length; i++)
        {
            domains[i] = variables[i].Domain.EvalElements(ctx);
        }

        Loop(ctx, domains, 0, next);
    }

    private void Loop(EvalContext ctx, Value[][] domains, int depth, Continuation next)
    {
        var variable = variables[depth];
        foreach (var e in domains[depth])
        {
            variable.Bind(ctx.Frame, e);
            if (depth + 1 == variables.Length)
            {
                Body.Enumerate(ctx, next);
            }
            else
            {
                Loop(ctx, domains, depth + 1, next);
            }
        }
    }
}
