using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>An operator name listed in a configuration section (<c>INVARIANT TypeOK</c>), with where it was written.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Span">The span of the name token.</param>
internal sealed record ConfigName(string Name, SourceSpan Span);
