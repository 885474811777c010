namespace ModelCheck.Cli.Matrix;

/// <summary>A property column: an invariant, deadlock freedom, or a temporal property.</summary>
/// <param name="Name">The operator name, or <c>Deadlock</c>.</param>
/// <param name="Kind">How the property is checked.</param>
internal sealed record MatrixColumn(string Name, MatrixColumnKind Kind);
