using ModelCheck.Tla.Evaluation.Nodes;

namespace ModelCheck.Tla.Evaluation.Library;

/// <summary>A library operator: its arity (-1 for n-ary) and implementation.</summary>
internal sealed record BuiltinOperator(int Arity, BuiltinImplementation Implementation);
