namespace ModelCheck.Tla.Compilation;

/// <summary>A state variable of the model, by index.</summary>
internal sealed record VariableSymbol(string Name, int Index) : Symbol(Name);
