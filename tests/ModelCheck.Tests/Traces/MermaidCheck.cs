using System.Diagnostics;

namespace ModelCheck.Tests.Traces;

/// <summary>Runs <c>tests/mermaid-check/check.mjs</c>, which parses diagrams with the mermaid package under Node.</summary>
internal static class MermaidCheck
{
    /// <summary>The folder with the Node tooling.</summary>
    public static string Folder => Path.Combine(RepoPaths.RepoRoot, "tests", "mermaid-check");

    /// <summary>Why the check cannot run here, or null when it can.</summary>
    public static string? MissingReason()
    {
        string folder;
        try
        {
            folder = Folder;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }

        if (FindNode() is null)
        {
            return "node is not on PATH; the Mermaid parse check needs Node 20 or later";
        }

        return Directory.Exists(Path.Combine(folder, "node_modules", "mermaid")) && Directory.Exists(Path.Combine(folder, "node_modules", "jsdom"))
            ? null
            : $"the mermaid package is not installed; run: npm ci --prefix {folder}";
    }

    /// <summary>Parses <paramref name="files"/>; returns the exit code and everything printed.</summary>
    public static (int ExitCode, string Output) Run(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(FindNode()!)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Folder, "check.mjs"));
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, stdout + "\n(timed out after 2 minutes)");
        }

        return (process.ExitCode, stdout + stderr.Result);
    }

    /// <summary>The committed diagrams: <c>counterexamples/**/*.mmd</c> and the golden files under <c>tests/ModelCheck.Tests/Traces</c>.</summary>
    public static List<string> CommittedDiagrams()
    {
        var found = new List<string>();
        foreach (var root in new[] { Path.Combine(RepoPaths.RepoRoot, "counterexamples"), Path.Combine(RepoPaths.TestProjectRoot, "Traces") })
        {
            if (Directory.Exists(root))
            {
                found.AddRange(Directory.EnumerateFiles(root, "*.mmd", SearchOption.AllDirectories).Where(f => !Golden.IsReceivedFile(f)));
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static string? FindNode()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe" } : ["node"];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
