using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>A primed state variable <c>x'</c>.</summary>
internal sealed class PrimedVariableNode(SourceSpan span, int index, string name) : Node(span)
{
    /// <summary>The variable's index in the state.</summary>
    public int Index { get; } = index;

    /// <summary>The variable's name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) => ctx.ReadNext(Index) ?? Unassigned();

    private Value Unassigned() => EvalErrors.ThrowUnassigned(Span, $"{Name}' is read before the action gives it a value");
}
