using System.Text.RegularExpressions;

namespace ModelCheck.Cli.Bench;

/// <summary>
/// SPIN's compiled verifier on <c>grid.pml</c>, built as <c>../shared/bench/README.md</c> says:
/// <c>spin -a grid.pml; gcc -O2 -DNOCLAIM -DSAFETY -o pan pan.c; ./pan -m1000000</c>.
/// </summary>
internal sealed partial class SpinRunner : IDisposable
{
    private readonly string _directory;

    private SpinRunner(string directory, string pan)
    {
        _directory = directory;
        Pan = pan;
    }

    /// <summary>The compiled verifier.</summary>
    public string Pan { get; }

    /// <summary>
    /// Generates and compiles the verifier in a temporary folder; null (with the reason) when spin or
    /// gcc is missing or fails. Compilation is not timed.
    /// </summary>
    public static SpinRunner? TryBuild(string model, TimeSpan timeout, out string reason)
    {
        var spin = FindOnPath("spin");
        var gcc = FindOnPath("gcc") ?? FindOnPath("cc");
        if (spin is null || gcc is null)
        {
            reason = spin is null
                ? "spin is not installed (Debian: apt-get install spin); no SPIN comparison"
                : "gcc is not installed; no SPIN comparison";
            return null;
        }

        if (!File.Exists(model))
        {
            reason = $"{model} not found; no SPIN comparison";
            return null;
        }

        var directory = Directory.CreateTempSubdirectory("modelcheck-spin-").FullName;
        File.Copy(model, Path.Combine(directory, Path.GetFileName(model)));
        var generate = ChildRunner.Run([spin, "-a", Path.GetFileName(model)], timeout, directory);
        var compile = generate.ExitCode == 0
            ? ChildRunner.Run([gcc, "-O2", "-DNOCLAIM", "-DSAFETY", "-o", "pan", "pan.c"], timeout, directory)
            : generate;
        if (compile.ExitCode != 0)
        {
            reason = $"building pan failed: {compile.Stderr.Trim()}";
            Directory.Delete(directory, recursive: true);
            return null;
        }

        reason = string.Empty;
        return new SpinRunner(directory, Path.Combine(directory, "pan"));
    }

    /// <summary>Runs <c>pan -m1000000</c>; returns its wall time and the states it stored (-1 when not reported).</summary>
    public (double WallSeconds, long StatesStored, int ExitCode) Run(TimeSpan timeout)
    {
        var (exit, wall, stdout, _) = ChildRunner.Run([Pan, "-m1000000"], timeout, _directory);
        var match = StoredPattern().Match(stdout);
        return (wall, match.Success ? long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1, exit);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(\d+) states, stored")]
    private static partial Regex StoredPattern();
}
