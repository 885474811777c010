using System.CommandLine;
using ModelCheck.Cli.Matrix;
using ModelCheck.Engine.Search;

namespace ModelCheck.Cli.Commands;

/// <summary>
/// <c>modelcheck matrix DIR</c>: checks every configuration in a folder against its spec, one property at a time, and
/// prints the verdicts as a variant-by-property table.
/// </summary>
internal static class MatrixCommand
{
    /// <summary>The configuration left out unless <c>--include-bench</c>: it exists for performance work and is large.</summary>
    public const string BenchVariant = "Bench";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "A folder with one .tla spec and one .cfg per variant." };
        var spec = new Option<string?>("--spec") { Description = "The root module, when the folder holds more than one .tla file.", HelpName = "SPEC.tla" };
        var workers = new Option<int>("--workers")
        {
            Description = "Worker threads per search (default: all cores). Results do not depend on it.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var markdown = new Option<bool>("--markdown") { Description = "Print a GitHub Markdown table." };
        var includeBench = new Option<bool>("--include-bench") { Description = $"Also run {BenchVariant}.cfg." };
        var noTimes = new Option<bool>("--no-times") { Description = "Leave out the time column, so that the output is reproducible." };
        var counterexamples = new Option<string?>("--write-counterexamples")
        {
            HelpName = "DIR",
            Description = "Write each violated cell's counterexample to DIR/<Variant>/<Property>.txt, as check --out does.",
        };

        var command = new Command("matrix", "Check every configuration in a folder, one property at a time, and print a verdict table.")
        {
            directory, spec, workers, markdown, includeBench, noTimes, counterexamples,
        };
        command.SetAction(parse => Run(new MatrixRequest(
            parse.GetValue(directory)!,
            parse.GetValue(spec),
            Math.Max(1, parse.GetValue(workers)),
            parse.GetValue(markdown),
            parse.GetValue(includeBench),
            parse.GetValue(noTimes),
            parse.GetValue(counterexamples))));
        return command;
    }

    /// <summary>Runs the matrix and prints it; returns 0 when every cell is a verdict, else the exit status of the first failure.</summary>
    public static int Run(MatrixRequest request, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (!Directory.Exists(request.Directory))
        {
            stderr.Write($"modelcheck matrix: the folder {request.Directory} does not exist\n");
            return (int)Verdict.ConfigError;
        }

        var specPath = request.Spec ?? FindSpec(request.Directory, stderr);
        if (specPath is null)
        {
            return (int)Verdict.SpecError;
        }

        var configs = FindConfigs(request.Directory, request.IncludeBench);
        if (configs.Count == 0)
        {
            stderr.Write($"modelcheck matrix: no .cfg file in {request.Directory}\n");
            return (int)Verdict.ConfigError;
        }

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        MatrixResult result;
        try
        {
            result = new MatrixRunner(specPath, request.Workers, request.CounterexampleDir, stderr, cancellation.Token).Run(configs);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        stdout.Write(MatrixTable.Render(result, request.Markdown, includeTimes: !request.NoTimes));
        var failure = result.Variants
            .SelectMany(v => result.Columns.Select(c => v.Cells.TryGetValue(c.Name, out var cell) ? cell.Failure : null))
            .FirstOrDefault(f => f is not null);
        return (int)(failure ?? Verdict.Success);
    }

    private static string? FindSpec(string directory, TextWriter stderr)
    {
        var specs = Directory.EnumerateFiles(directory, "*.tla")
            .Where(p => Path.GetExtension(p) == ".tla")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (specs.Count == 1)
        {
            return specs[0];
        }

        stderr.Write(specs.Count == 0
            ? $"modelcheck matrix: no .tla file in {directory}; name the spec with --spec\n"
            : $"modelcheck matrix: {specs.Count} .tla files in {directory}; name the spec with --spec\n");
        return null;
    }

    /// <summary>The configurations, in ordinal order of their file names so that the table's rows do not depend on the file system.</summary>
    private static List<string> FindConfigs(string directory, bool includeBench) =>
        [.. Directory.EnumerateFiles(directory, "*.cfg")
            .Where(p => Path.GetExtension(p) == ".cfg")
            .Where(p => includeBench || Path.GetFileNameWithoutExtension(p) != BenchVariant)
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)];
}
