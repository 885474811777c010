using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>An operator or function definition, compiled in the module instantiation that owns it.</summary>
internal sealed record DefinitionSymbol(string Name, Unit Definition, ModuleInstance Owner) : Symbol(Name);
