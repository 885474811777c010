using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>
/// A constant or variable of an instantiated module, replaced by an expression of the instantiating
/// module (<c>INSTANCE M WITH x &lt;- e</c>, or the same name implicitly).
/// </summary>
internal sealed record SubstitutionSymbol(string Name, Expr Replacement, ModuleInstance Outer) : Symbol(Name);
