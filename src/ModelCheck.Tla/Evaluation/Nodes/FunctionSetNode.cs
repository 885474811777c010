using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>[S -&gt; T]</c>.</summary>
internal sealed class FunctionSetNode(SourceSpan span, Node domain, Node range) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) => new FunctionSetValue(domain.EvalSet(ctx), range.EvalSet(ctx));
}
