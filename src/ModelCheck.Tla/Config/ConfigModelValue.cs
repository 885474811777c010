using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>
/// A model value: a bare identifier other than <c>TRUE</c>/<c>FALSE</c> (<c>NoNode = NoNode</c>, the <c>d1</c> in <c>{d1, d2}</c>).
/// It equals only itself; two model values with the same name are the same value.
/// </summary>
/// <param name="Span">Where the value is written.</param>
/// <param name="Name">The identifier.</param>
internal sealed record ConfigModelValue(SourceSpan Span, string Name) : ConfigValue(Span)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
