using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>An operator name or LAMBDA used as an argument: captures the current frame.</summary>
internal sealed class ClosureNode(SourceSpan span, CompiledOperator op, int hops) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) =>
        new OperatorClosure(op, op.IsModuleLevel ? EvalContext.RootFrame : ctx.Frame.Up(hops));
}
