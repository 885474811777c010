using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ModelCheck.Cli.Bench;

/// <summary>
/// Runs <c>modelcheck check ... --stats --report R.json</c> in a child process and reads back what it
/// measured.
/// </summary>
/// <remarks>
/// Why a child process per run: the peak working set is a property of a process, so only a fresh
/// process gives one run's peak; and each run then pays the start-up a user pays.
/// </remarks>
internal static class ChildRunner
{
    /// <summary>Runs <paramref name="input"/> with <paramref name="workers"/> workers.</summary>
    public static ChildRun Check(BenchInput input, int workers, TimeSpan timeout)
    {
        var report = Path.Combine(Path.GetTempPath(), $"modelcheck-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        try
        {
            List<string> args = ["check", input.Spec, "--config", input.Config, "--workers", workers.ToString(CultureInfo.InvariantCulture), "--report", report, "--stats"];
            foreach (var constant in input.Constants ?? [])
            {
                args.Add("--const");
                args.Add(constant);
            }

            var (exit, wall, stdout, stderr) = Run(SelfCommand(args), timeout);
            var error = exit == 0 ? null : FirstLine(stderr) ?? FirstLine(stdout);
            if (!File.Exists(report))
            {
                return new ChildRun(workers, wall, exit, null, 0, 0, 0, 0, StatsLines.ParsePeak(stdout), error ?? "no report was written");
            }

            using var json = JsonDocument.Parse(File.ReadAllText(report));
            var root = json.RootElement;
            return new ChildRun(
                workers,
                wall,
                exit,
                root.GetProperty("result").GetString(),
                root.GetProperty("distinctStates").GetInt64(),
                root.GetProperty("totalStates").GetInt64(),
                root.TryGetProperty("bytesPerState", out var b) ? b.GetDouble() : 0,
                root.TryGetProperty("traceLinkBytesPerState", out var t) ? t.GetDouble() : 0,
                StatsLines.ParsePeak(stdout),
                error);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>Runs <paramref name="copies"/> one-worker checks of <paramref name="input"/> at the same time.</summary>
    /// <remarks>
    /// Why: separate processes share nothing but the machine (cores, caches, memory bandwidth), so
    /// how much slower each runs beside the others than alone is the most that machine can give N
    /// workers of one process.
    /// </remarks>
    public static List<ChildRun> CheckSideBySide(BenchInput input, int copies, TimeSpan timeout)
    {
        var runs = new Task<ChildRun>[copies];
        for (var i = 0; i < copies; i++)
        {
            runs[i] = Task.Factory.StartNew(() => Check(input, 1, timeout), TaskCreationOptions.LongRunning);
        }

        Task.WaitAll(runs);
        return [.. runs.Select(t => t.Result)];
    }

    /// <summary>
    /// Runs <paramref name="command"/> (file and arguments), returning its exit code (-1 on timeout),
    /// wall time, and output. The child is killed, with its own children, when it outlives the timeout.
    /// </summary>
    public static (int ExitCode, double WallSeconds, string Stdout, string Stderr) Run(IReadOnlyList<string> command, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command[0]}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, clock.Elapsed.TotalSeconds, stdout.Result, stderr.Result);
        }

        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        return (process.ExitCode, wall, stdout.Result, stderr.Result);
    }

    /// <summary>The command that starts this very <c>modelcheck</c>: its app host, or <c>dotnet modelcheck.dll</c>.</summary>
    private static List<string> SelfCommand(List<string> args)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var assembly = typeof(ChildRunner).Assembly.Location;
        List<string> command = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [host, assembly] : [host];
        command.AddRange(args);
        return command;
    }

    private static string? FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line.Trim();
            }
        }

        return null;
    }
}
