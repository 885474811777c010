using System.Text;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Library;

/// <summary>TLC's <c>Any</c>: the set that contains every value.</summary>
internal sealed class AnySet : SetValue
{
    private AnySet()
    {
    }

    /// <summary>The one instance.</summary>
    public static AnySet Instance { get; } = new();

    /// <inheritdoc />
    public override bool IsFinite => false;

    /// <inheritdoc />
    public override bool Contains(Value value) => true;

    /// <inheritdoc />
    public override string Describe() => "Any";

    /// <inheritdoc />
    public override void Format(StringBuilder builder) => builder.Append("Any");

    /// <inheritdoc />
    protected override EnumeratedSet BuildEnumeration() => throw new ValueException("cannot enumerate Any");
}
