using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>A declared constant of the root module (its value comes from the configuration).</summary>
internal sealed record ConstantSymbol(string Name, OpDecl Declaration) : Symbol(Name);
