using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary><c>A \/ B</c>: every disjunct, in order; a state reached by two counts twice, as in TLC.</summary>
internal sealed class DisjunctionAction(SourceSpan span, ActionNode[] items) : ActionNode(span)
{
    /// <summary>The disjuncts.</summary>
    public ActionNode[] Items { get; } = items;

    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        foreach (var item in Items)
        {
            item.Enumerate(ctx, next);
        }
    }
}
