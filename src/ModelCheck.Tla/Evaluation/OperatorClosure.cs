using System.Text;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation;

/// <summary>
/// An operator passed as an argument to a higher-order operator (a name or a LAMBDA), with the
/// frame it was defined in. Lives only in frame slots, never in a state.
/// </summary>
internal sealed class OperatorClosure(CompiledOperator op, Frame parent) : Value
{
    /// <summary>The operator.</summary>
    public CompiledOperator Operator { get; } = op;

    /// <summary>The frame its body links to.</summary>
    public Frame Parent { get; } = parent;

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Function;

    /// <inheritdoc />
    public override int GetHashCode() => Operator.GetHashCode();

    /// <inheritdoc />
    public override void Format(StringBuilder builder) => builder.Append(Operator.Name);

    /// <inheritdoc />
    protected override int CompareSameKind(Value other) => ReferenceEquals(this, other) ? 0 : -1;

    /// <inheritdoc />
    protected override bool EqualsSameKind(Value other) => ReferenceEquals(this, other);
}
