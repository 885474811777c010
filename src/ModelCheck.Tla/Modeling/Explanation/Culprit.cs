using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling.Explanation;

/// <summary>Where the descent into a false formula is: the part that is false, and what led there.</summary>
/// <param name="Expr">The false part.</param>
/// <param name="Owner">Its module instantiation.</param>
/// <param name="Scope">Its bound values.</param>
/// <param name="Definition">The innermost definition (or property) it is written in.</param>
/// <param name="Conjunct">Its 1-based position among the conjuncts of <paramref name="Definition"/> it belongs to, or 0.</param>
internal sealed record Culprit(Expr Expr, ModuleInstance Owner, Scope? Scope, string Definition, int Conjunct);
