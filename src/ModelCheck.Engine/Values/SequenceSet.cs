using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary><c>Seq(S)</c>: membership only.</summary>
internal sealed class SequenceSet : SetValue
{
    /// <summary>Creates <c>Seq(elements)</c>.</summary>
    public SequenceSet(SetValue elements)
    {
        ElementSet = elements;
    }

    /// <summary>S.</summary>
    public SetValue ElementSet { get; }

    /// <inheritdoc />
    public override bool IsFinite => false;

    /// <inheritdoc />
    public override bool Contains(Value value)
    {
        if (!FunctionValue.TryAsSequence(value, out var items))
        {
            return false;
        }

        foreach (var item in items)
        {
            if (!ElementSet.Contains(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string Describe() => $"Seq({ElementSet.Describe()})";

    /// <inheritdoc />
    public override void Format(StringBuilder builder) => builder.Append(Describe());

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration() => throw new ValueException($"cannot enumerate {Describe()}");
}
