namespace ModelCheck.Cli.Matrix;

/// <summary>One row of the matrix: a configuration and its verdicts.</summary>
/// <param name="Name">The configuration's file name without <c>.cfg</c>.</param>
/// <param name="Cells">The verdict of each column, by column name.</param>
/// <param name="DistinctStates">The size of the reachable state space, when some search covered all of it; else null.</param>
/// <param name="Elapsed">Wall time of every run made for this row.</param>
internal sealed record VariantResult(
    string Name,
    IReadOnlyDictionary<string, MatrixCell> Cells,
    long? DistinctStates,
    TimeSpan Elapsed);
