namespace ModelCheck.Tla.Compilation;

/// <summary>A named instance <c>I == INSTANCE M</c>, whose definitions are reached as <c>I!Op</c>.</summary>
internal sealed record InstanceSymbol(string Name, ModuleInstance Instance) : Symbol(Name);
