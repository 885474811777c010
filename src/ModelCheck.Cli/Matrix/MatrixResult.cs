namespace ModelCheck.Cli.Matrix;

/// <summary>The verdict table: one row per configuration, one column per property.</summary>
/// <param name="Columns">The columns, invariants first, then deadlock, then temporal properties, each in order of first appearance.</param>
/// <param name="Variants">The rows, in ordinal order of the configuration file names.</param>
internal sealed record MatrixResult(IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<VariantResult> Variants);
