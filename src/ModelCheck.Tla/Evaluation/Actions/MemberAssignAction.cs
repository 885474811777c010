using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary><c>x' \in S</c>: one choice per element of S when x' has no value yet, otherwise a membership test.</summary>
internal sealed class MemberAssignAction(SourceSpan span, int variable, Node set) : ActionNode(span)
{
    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        var current = ctx.ReadNext(variable);
        if (current is not null)
        {
            if (Holds(set.EvalSet(ctx), current))
            {
                next.Run(ctx);
            }

            return;
        }

        var elements = set.EvalElements(ctx);
        try
        {
            foreach (var e in elements)
            {
                ctx.SetNext(variable, e);
                next.Run(ctx);
            }
        }
        finally
        {
            ctx.Next[variable] = null;
        }
    }

    // Why caught here: a test that fails (a string against an interval, as in TLC) belongs to this action.
    private bool Holds(SetValue s, Value value)
    {
        try
        {
            return s.Contains(value);
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<bool>(Span, e.Message);
        }
    }
}
