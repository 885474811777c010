using System.Text.Json;

namespace ModelCheck.Cli.Bench;

/// <summary>Finds the default inputs of <c>bench</c> from the repository root.</summary>
internal static class BenchInputs
{
    /// <summary>
    /// Grid (<c>../shared/bench</c>), the "perf" tier of <c>../shared/conformance/manifest.json</c>, and
    /// <c>specs/dynamodb-dns/Bench.cfg</c>; notes say what was not found.
    /// </summary>
    public static List<BenchInput> Defaults(string repoRoot, List<string> notes)
    {
        var inputs = new List<BenchInput>();
        var shared = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared"));
        var grid = Path.Combine(shared, "bench", "Grid.tla");
        if (File.Exists(grid))
        {
            inputs.Add(Grid(grid, 30));
        }
        else
        {
            notes.Add($"Grid: {grid} not found");
        }

        var manifest = Path.Combine(shared, "conformance", "manifest.json");
        if (File.Exists(manifest))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(manifest));
            foreach (var e in json.RootElement.EnumerateArray())
            {
                if (e.GetProperty("tier").GetString() != "perf")
                {
                    continue;
                }

                var id = e.GetProperty("id").GetString()!;
                inputs.Add(new BenchInput(
                    id[(id.LastIndexOf('/') + 1)..],
                    Path.Combine(shared, "conformance", e.GetProperty("spec").GetString()!),
                    Path.Combine(shared, "conformance", e.GetProperty("config").GetString()!),
                    Number(e, "distinctStates"),
                    Number(e, "totalStates")));
            }
        }
        else
        {
            notes.Add($"perf models: {manifest} not found");
        }

        var dns = Path.Combine(repoRoot, "specs", "dynamodb-dns");
        if (File.Exists(Path.Combine(dns, "Bench.cfg")) && File.Exists(Path.Combine(dns, "DnsRace.tla")))
        {
            inputs.Add(new BenchInput(DnsBenchName, Path.Combine(dns, "DnsRace.tla"), Path.Combine(dns, "Bench.cfg")));
        }
        else
        {
            notes.Add("DnsRace: specs/dynamodb-dns/Bench.cfg not found");
        }

        return inputs;
    }

    /// <summary>The name of the <c>specs/dynamodb-dns/Bench.cfg</c> input.</summary>
    public const string DnsBenchName = "DnsRace Bench";

    /// <summary>True for <c>specs/dynamodb-dns/Bench.cfg</c>, named by default or on the command line.</summary>
    public static bool IsDnsBench(BenchInput input) =>
        Path.GetFileName(input.Spec) == "DnsRace.tla" && Path.GetFileName(input.Config) == "Bench.cfg";

    /// <summary>The DNS bench input with <paramref name="maxGen"/> plan generations instead of its own.</summary>
    public static BenchInput DnsGenerations(BenchInput bench, int maxGen) =>
        bench with { Name = $"DnsRace MaxGen={maxGen}", Constants = [$"MaxGen={maxGen}"] };

    /// <summary>Grid with K values per counter (K^4 states; the shared config has K = 30, 810,000 states).</summary>
    public static BenchInput Grid(string spec, int k)
    {
        var states = (long)k * k * k * k;
        return new BenchInput(
            k == 30 ? "Grid" : $"Grid K={k}",
            spec,
            Path.ChangeExtension(spec, ".cfg"),
            states,
            (states * 4) + 1,
            k == 30 ? null : [$"K={k}"]);
    }

    /// <summary>The folder holding ModelCheck.sln, from the working directory or the binaries upwards.</summary>
    public static string? FindRepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ModelCheck.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    private static long? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;
}
