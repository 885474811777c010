using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>A set enumeration <c>{a, b, {c}}</c>, elements as written (duplicates are not removed here).</summary>
/// <param name="Span">From <c>{</c> to <c>}</c>.</param>
/// <param name="Elements">The elements in the order written.</param>
internal sealed record ConfigSet(SourceSpan Span, ImmutableArray<ConfigValue> Elements) : ConfigValue(Span)
{
    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", Elements) + "}";
}
