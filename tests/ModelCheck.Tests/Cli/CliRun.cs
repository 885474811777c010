using System.Text.Json;
using ModelCheck.Cli.Commands;

namespace ModelCheck.Tests.Cli;

/// <summary>Runs <c>modelcheck check</c> in-process and captures what it prints and reports.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr, JsonElement Report, string ReportText)
{
    /// <summary>Runs a check; the report is read back from a temporary file.</summary>
    public static CliRun Check(string spec, string? config = null, int workers = 1, string[]? constants = null, bool noDeadlock = false, string? outDir = null)
    {
        using var temp = new TempDirectory();
        var reportPath = Path.Combine(temp.Path, "report.json");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CheckCommand.Run(new CheckRequest(spec, config, workers, constants ?? [], noDeadlock, reportPath, outDir), stdout, stderr);
        var text = File.ReadAllText(reportPath);
        using var doc = JsonDocument.Parse(text);
        return new CliRun(code, stdout.ToString(), stderr.ToString(), doc.RootElement.Clone(), text);
    }

    /// <summary>The report's <c>violation.traceLength</c>, or null.</summary>
    public int? TraceLength =>
        Report.GetProperty("violation").ValueKind == JsonValueKind.Object ? Report.GetProperty("violation").GetProperty("traceLength").GetInt32() : null;

    /// <summary>A report number.</summary>
    public long Number(string name) => Report.GetProperty(name).GetInt64();

    /// <summary>The report's <c>result</c>.</summary>
    public string Result => Report.GetProperty("result").GetString()!;

    /// <summary>Stdout without the first line, which names the worker count.</summary>
    public string StdoutAfterHeader => Stdout[(Stdout.IndexOf('\n', StringComparison.Ordinal) + 1)..];
}
