using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling.Explanation;

/// <summary>A property as written, for explaining a violation: a state predicate, or the action A of <c>[][A]_v</c>.</summary>
/// <param name="Name">The name in the configuration.</param>
/// <param name="Body">The predicate or action.</param>
/// <param name="Owner">The module instantiation <paramref name="Body"/> is written in.</param>
/// <param name="Scope">Values bound by a quantifier or parameters around it, or null.</param>
internal sealed record ExplainedProperty(string Name, Expr Body, ModuleInstance Owner, Scope? Scope);
