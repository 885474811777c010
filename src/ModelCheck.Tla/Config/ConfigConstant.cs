using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>
/// One entry of a <c>CONSTANT(S)</c> section. Exactly one of <see cref="Value"/> and <see cref="Replacement"/> is set:
/// <list type="bullet">
/// <item><c>N = 3</c>, <c>S = {a, b}</c>, <c>NoNode = NoNode</c> (a model value): <see cref="Value"/>.</item>
/// <item><c>Nat &lt;- NatOverride</c>, <c>Op &lt;- Def</c>: <see cref="Replacement"/> names the definition that replaces the constant or operator.</item>
/// <item><c>Op &lt;- [Mod] Def</c> and <c>N = [Mod] 3</c>: as above, and <see cref="Module"/> names the module the override is scoped to.</item>
/// </list>
/// </summary>
/// <param name="Name">The constant or operator being assigned; instance-qualified names are kept joined (<c>a!b</c>), as TLC does.</param>
/// <param name="Span">The span of the left-hand name, which is what a "no such constant" error should point at.</param>
/// <param name="Value">The assigned value for <c>=</c>; null for <c>&lt;-</c>.</param>
/// <param name="Replacement">The replacing definition for <c>&lt;-</c>; null for <c>=</c>.</param>
/// <param name="Module">The module of a <c>[Mod]</c>-scoped assignment, or null for the root module.</param>
internal sealed record ConfigConstant(string Name, SourceSpan Span, ConfigValue? Value, string? Replacement, string? Module);
