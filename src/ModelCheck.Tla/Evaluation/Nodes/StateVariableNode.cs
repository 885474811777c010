using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>An unprimed state variable.</summary>
internal sealed class StateVariableNode(SourceSpan span, int index, string name) : Node(span)
{
    /// <summary>The variable's index in the state.</summary>
    public int Index { get; } = index;

    /// <summary>The variable's name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx) => ctx.State[Index] ?? Unassigned();

    private Value Unassigned() => EvalErrors.ThrowUnassigned(Span, $"variable {Name} has no value here: it is read before the initial predicate or action gives it one");
}
