namespace ModelCheck.Tla.Compilation;

/// <summary>What a module-level name stands for in one module instantiation.</summary>
internal abstract record Symbol(string Name);
