namespace ModelCheck.Cli.Matrix;

/// <summary>The arguments of <c>modelcheck matrix</c>.</summary>
/// <param name="Directory">The folder holding the spec and one <c>.cfg</c> per variant.</param>
/// <param name="Spec">The root module, or null for the one <c>.tla</c> file in <paramref name="Directory"/>.</param>
/// <param name="Workers">Worker threads per search.</param>
/// <param name="Markdown">Print a GitHub Markdown table instead of aligned text.</param>
/// <param name="IncludeBench">Also run <c>Bench.cfg</c>, which is left out by default because it is large.</param>
/// <param name="NoTimes">Leave out the time column, so that the output is byte-for-byte reproducible.</param>
/// <param name="CounterexampleDir">Write each violated cell's trace to DIR/&lt;Variant&gt;/&lt;Property&gt;.txt, or null.</param>
internal sealed record MatrixRequest(
    string Directory,
    string? Spec,
    int Workers,
    bool Markdown,
    bool IncludeBench,
    bool NoTimes,
    string? CounterexampleDir);
