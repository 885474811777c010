using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>[S -&gt; T]</c>.</summary>
internal sealed class FunctionSetNode(SourceSpan span, Node domain, Node range) : Node(span)
{
    /// <summary>The domain, <c>S</c>.</summary>
    public Node Domain => domain;

    /// <summary>The range, <c>T</c>.</summary>
    public Node Range => range;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) => new FunctionSetValue(domain.EvalSet(ctx), range.EvalSet(ctx));
}
