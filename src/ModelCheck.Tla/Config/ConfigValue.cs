using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>
/// A value written in a configuration file: the small language TLC accepts on the right of <c>=</c>.
/// <see cref="object.ToString"/> gives the value in TLA+ notation (<c>{a, "x", -1}</c>).
/// </summary>
/// <remarks>
/// Why no structural equality: the composite values hold <see cref="System.Collections.Immutable.ImmutableArray{T}"/>,
/// whose equality is by reference; compare the TLA+ text (<see cref="object.ToString"/>) instead.
/// </remarks>
/// <param name="Span">Where the value is written.</param>
internal abstract record ConfigValue(SourceSpan Span)
{
    /// <summary>The value in TLA+ notation.</summary>
    public abstract override string ToString();
}
