using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary><c>TRUE</c> or <c>FALSE</c>.</summary>
/// <param name="Span">Where the value is written.</param>
/// <param name="Value">The Boolean.</param>
internal sealed record ConfigBool(SourceSpan Span, bool Value) : ConfigValue(Span)
{
    /// <inheritdoc />
    public override string ToString() => Value ? "TRUE" : "FALSE";
}
