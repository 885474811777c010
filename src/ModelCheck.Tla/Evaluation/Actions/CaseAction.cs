using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary><c>CASE</c> in an action: the arm of the first true guard, as TLC does.</summary>
internal sealed class CaseAction(SourceSpan span, Node[] guards, ActionNode[] arms, ActionNode? other) : ActionNode(span)
{
    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        for (var i = 0; i < guards.Length; i++)
        {
            if (guards[i].EvalBool(ctx))
            {
                arms[i].Enumerate(ctx, next);
                return;
            }
        }

        if (other is null)
        {
            EvalErrors.Throw(Span, "no CASE guard is true and there is no OTHER");
        }

        other.Enumerate(ctx, next);
    }
}
