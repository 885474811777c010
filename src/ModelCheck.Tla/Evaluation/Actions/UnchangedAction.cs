using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary><c>UNCHANGED &lt;&lt;x, y&gt;&gt;</c>: x' = x and y' = y.</summary>
internal sealed class UnchangedAction(SourceSpan span, int[] variables) : ActionNode(span)
{
    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next) => Step(ctx, 0, next);

    private void Step(EvalContext ctx, int i, Continuation next)
    {
        if (i == variables.Length)
        {
            next.Run(ctx);
            return;
        }

        var v = variables[i];
        var old = ctx.State[v] ?? EvalErrors.Throw<Value>(Span, "UNCHANGED in an initial predicate");
        var current = ctx.ReadNext(v);
        if (current is null)
        {
            ctx.SetNext(v, old);
            try
            {
                Step(ctx, i + 1, next);
            }
            finally
            {
                ctx.Next[v] = null;
            }
        }
        else if (current.Equals(old))
        {
            Step(ctx, i + 1, next);
        }
    }

    /// <inheritdoc />
    public override bool IsSingleChoice => true;

    /// <inheritdoc />
    public override bool Apply(EvalContext ctx)
    {
        foreach (var v in variables)
        {
            var old = ctx.State[v] ?? EvalErrors.Throw<Value>(Span, "UNCHANGED in an initial predicate");
            var current = ctx.ReadNext(v);
            if (current is null)
            {
                ctx.SetNext(v, old);
                ctx.Assigned(v);
            }
            else if (!current.Equals(old))
            {
                return false;
            }
        }

        return true;
    }
}
