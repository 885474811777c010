using System.Globalization;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>An integer, possibly negative (<c>3</c>, <c>-1</c>).</summary>
/// <param name="Span">Where the value is written.</param>
/// <param name="Value">The integer.</param>
internal sealed record ConfigInt(SourceSpan Span, long Value) : ConfigValue(Span)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
