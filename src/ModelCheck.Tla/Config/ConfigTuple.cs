using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>A tuple <c>&lt;&lt;1, "a"&gt;&gt;</c>. TLC's own parser has no tuples; we accept them as an extension.</summary>
/// <param name="Span">From <c>&lt;&lt;</c> to <c>&gt;&gt;</c>.</param>
/// <param name="Elements">The components in order.</param>
internal sealed record ConfigTuple(SourceSpan Span, ImmutableArray<ConfigValue> Elements) : ConfigValue(Span)
{
    /// <inheritdoc />
    public override string ToString() => "<<" + string.Join(", ", Elements) + ">>";
}
