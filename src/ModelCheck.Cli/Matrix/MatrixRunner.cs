using System.Collections.Immutable;
using System.Diagnostics;
using ModelCheck.Cli.Output;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Search;
using ModelCheck.Tla.Config;
using ModelCheck.Tla.Modeling;
using ModelCheck.Traces;

namespace ModelCheck.Cli.Matrix;

/// <summary>
/// Checks every property of every configuration on its own, so that each cell of the matrix is a verdict rather than
/// "not reached because another property failed first".
/// </summary>
/// <param name="specPath">The root module.</param>
/// <param name="workers">Worker threads per search.</param>
/// <param name="counterexampleDir">Where each violated cell's trace goes (DIR/&lt;Variant&gt;/&lt;Property&gt;.txt), or null.</param>
/// <param name="stderr">Where diagnostics and warnings go.</param>
/// <param name="cancellation">Stops the current search and skips the rest.</param>
internal sealed class MatrixRunner(string specPath, int workers, string? counterexampleDir, TextWriter stderr, CancellationToken cancellation)
{
    /// <summary>The name of the deadlock column, and of the counterexample file of a deadlock.</summary>
    public const string DeadlockColumn = "Deadlock";

    /// <summary>The word by which the liveness checker's warnings say that a property holds only because its premise never does.</summary>
    private const string VacuityWord = "vacuously";

    /// <summary>
    /// The diagnostics that mean "the checker cannot check this property", not "the property is wrong": CFG0304 from a
    /// checker without temporal properties, CFG0308 for a temporal formula outside the supported forms, CFG0315
    /// for a property that needs the state graph under SYMMETRY.
    /// </summary>
    private static readonly string[] s_unsupportedCodes = ["CFG0304", "CFG0308", "CFG0315"];

    /// <summary>Runs every configuration in <paramref name="configPaths"/>, in the order given.</summary>
    public MatrixResult Run(IReadOnlyList<string> configPaths)
    {
        var rows = new List<(string Name, string Path, ModelConfig? Config, Verdict? Failure, TimeSpan Elapsed)>();
        foreach (var path in configPaths)
        {
            var clock = Stopwatch.StartNew();
            var (config, failure) = ReadConfig(path);
            rows.Add((Path.GetFileNameWithoutExtension(path), path, config, failure, clock.Elapsed));
        }

        var columns = CollectColumns(rows.Select(r => r.Config));
        var variants = new List<VariantResult>();
        foreach (var (name, path, config, failure, loading) in rows)
        {
            var clock = Stopwatch.StartNew();
            long? distinct = null;
            var cells = config is null ? ErrorRow(columns, failure ?? Verdict.SpecError) : CheckVariant(name, path, config, columns, out distinct);
            variants.Add(new VariantResult(name, cells, distinct, loading + clock.Elapsed));
        }

        return new MatrixResult(columns, variants);
    }

    /// <summary>Loads the configuration as written (before any cell narrows it); null and the failure, with diagnostics printed, when the model does not build.</summary>
    private (ModelConfig? Config, Verdict? Failure) ReadConfig(string configPath)
    {
        ModelConfig? written = null;
        var outcome = ModelBuilder.Build(specPath, configPath, [], adjust: cfg =>
        {
            written = cfg;
            return cfg with { Invariants = [], Properties = [] };
        });
        if (outcome.Model is null)
        {
            Report(Path.GetFileNameWithoutExtension(configPath), "every property", outcome.Diagnostics.FirstOrDefault(), outcome.Sources);
            return (null, outcome.Failure ?? Verdict.SpecError);
        }

        return (written, null);
    }

    private static List<MatrixColumn> CollectColumns(IEnumerable<ModelConfig?> configs)
    {
        var list = configs.OfType<ModelConfig>().ToList();
        var columns = new List<MatrixColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var config in list)
        {
            foreach (var invariant in config.Invariants)
            {
                if (seen.Add(invariant.Name))
                {
                    columns.Add(new MatrixColumn(invariant.Name, MatrixColumnKind.Invariant));
                }
            }
        }

        if (list.Any(c => c.CheckDeadlock ?? true) && seen.Add(DeadlockColumn))
        {
            columns.Add(new MatrixColumn(DeadlockColumn, MatrixColumnKind.Deadlock));
        }

        foreach (var config in list)
        {
            foreach (var property in config.Properties)
            {
                if (seen.Add(property.Name))
                {
                    columns.Add(new MatrixColumn(property.Name, MatrixColumnKind.Property));
                }
            }
        }

        return columns;
    }

    private static Dictionary<string, MatrixCell> ErrorRow(List<MatrixColumn> columns, Verdict failure) =>
        columns.ToDictionary(c => c.Name, _ => new MatrixCell(MatrixCellKind.Error, Failure: failure), StringComparer.Ordinal);

    private Dictionary<string, MatrixCell> CheckVariant(string variant, string configPath, ModelConfig config, List<MatrixColumn> columns, out long? distinct)
    {
        distinct = null;
        var cells = new Dictionary<string, MatrixCell>(StringComparer.Ordinal);
        var checksDeadlock = config.CheckDeadlock ?? true;
        foreach (var column in columns)
        {
            // Why every property for every variant: the matrix compares variants, so a property named
            // by any configuration of the folder is checked against all of them; only deadlock follows
            // each configuration's CHECK_DEADLOCK.
            var listed = column.Kind != MatrixColumnKind.Deadlock || checksDeadlock;
            if (!listed)
            {
                cells[column.Name] = MatrixCell.NotListed;
                continue;
            }

            var (cell, complete) = CheckCell(variant, configPath, column);
            cells[column.Name] = cell;
            distinct ??= complete;
        }

        // Every cell was violated: the state count still belongs in the table, so explore once with nothing to check.
        if (distinct is null && cells.Values.All(c => c.Kind is not (MatrixCellKind.Error or MatrixCellKind.Interrupted)))
        {
            var outcome = ModelBuilder.Build(specPath, configPath, [], adjust: cfg => cfg with { Invariants = [], Properties = [] });
            if (outcome.Model is not null && !cancellation.IsCancellationRequested)
            {
                var result = new BreadthFirstSearch(outcome.Model, new SearchOptions(workers, CheckDeadlock: false)).Run(cancellation);
                distinct = result.Verdict == Verdict.Success ? result.DistinctStates : null;
            }
        }

        return cells;
    }

    /// <summary>Checks one column alone; also returns the number of distinct states when the search covered them all.</summary>
    private (MatrixCell Cell, long? Complete) CheckCell(string variant, string configPath, MatrixColumn column)
    {
        if (cancellation.IsCancellationRequested)
        {
            return (new MatrixCell(MatrixCellKind.Interrupted, Failure: Verdict.Interrupted), null);
        }

        ImmutableArray<ConfigName> Only(ImmutableArray<ConfigName> names) =>
            [names.FirstOrDefault(n => n.Name == column.Name) ?? new ConfigName(column.Name, SourceSpan.None)];
        var outcome = ModelBuilder.Build(specPath, configPath, [], adjust: cfg => column.Kind switch
        {
            MatrixColumnKind.Invariant => cfg with { Invariants = Only(cfg.Invariants), Properties = [] },
            MatrixColumnKind.Deadlock => cfg with { Invariants = [], Properties = [] },
            _ => cfg with { Invariants = [], Properties = Only(cfg.Properties) },
        });
        if (outcome.Model is null)
        {
            // Why: a property the checker cannot handle yet is a gap in the checker, not an error in the spec.
            if (column.Kind == MatrixColumnKind.Property && outcome.Diagnostics.Any(d => s_unsupportedCodes.Contains(d.Code, StringComparer.Ordinal)))
            {
                return (new MatrixCell(MatrixCellKind.Unsupported), null);
            }

            Report(variant, column.Name, outcome.Diagnostics.FirstOrDefault(), outcome.Sources);
            return (new MatrixCell(MatrixCellKind.Error, Failure: outcome.Failure ?? Verdict.SpecError), null);
        }

        // Why deadlock checking only in its own column: a deadlock found first would hide the verdict of an invariant.
        var options = new SearchOptions(workers, CheckDeadlock: column.Kind == MatrixColumnKind.Deadlock && outcome.CheckDeadlock);
        var result = new BreadthFirstSearch(outcome.Model, options).Run(cancellation);
        if (result.Trace is { } trace && counterexampleDir is not null)
        {
            var (headline, _, stem) = CounterexampleHeadline.Describe(result);
            var why = CounterexampleHeadline.Explanation(result);
            // The committed counterexamples are reviewed as text, exchanged as ITF and read as diagrams.
            var files = CounterexampleFiles.Render(TraceFormats.Text | TraceFormats.Itf | TraceFormats.Mermaid, headline, trace, Path.GetFileName(specPath), outcome.Model);
            foreach (var file in files)
            {
                if (file.Content is not null)
                {
                    var content = file.Extension == ".txt" ? file.Content + why : file.Content;
                    AtomicFile.WriteAllText(Path.Combine(counterexampleDir, variant, stem + file.Extension), content);
                }
            }
        }

        var vacuous = false;
        if (result.Temporal is { } temporal)
        {
            foreach (var warning in temporal.Warnings)
            {
                stderr.Write($"modelcheck matrix: {variant}, {column.Name}: warning: {warning}\n");
                vacuous |= warning.Contains(VacuityWord, StringComparison.Ordinal);
            }
        }

        var length = result.Trace?.TlcLength ?? 0;
        switch (result.Verdict)
        {
            case Verdict.Success:
                return (new MatrixCell(MatrixCellKind.Holds, Vacuous: vacuous), result.DistinctStates);
            case Verdict.SafetyFailure or Verdict.LivenessFailure:
                return (new MatrixCell(MatrixCellKind.Violated, length), null);
            case Verdict.Deadlock:
                return (new MatrixCell(MatrixCellKind.Deadlocked, length), null);
            case Verdict.Interrupted:
                return (new MatrixCell(MatrixCellKind.Interrupted, Failure: Verdict.Interrupted), null);
            default:
                Report(variant, column.Name, result.Error, outcome.Sources);
                return (new MatrixCell(MatrixCellKind.Error, Failure: result.Verdict), null);
        }
    }

    private void Report(string variant, string column, Diagnostic? diagnostic, IReadOnlyDictionary<string, string> sources)
    {
        stderr.Write($"modelcheck matrix: {variant}, {column}:\n");
        if (diagnostic is not null)
        {
            stderr.Write(DiagnosticRenderer.Render(diagnostic, f => sources.TryGetValue(f, out var t) ? t : null));
        }
    }
}
