using ModelCheck.Cli.Commands;
using ModelCheck.Cli.Replay;

namespace ModelCheck.Tests.Replay;

/// <summary>Runs <c>modelcheck replay</c> in-process and captures what it prints.</summary>
public sealed record ReplayRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Replays <paramref name="trace"/> against <paramref name="spec"/>.</summary>
    public static ReplayRun Of(string trace, string spec, string? config = null, string[]? constants = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ReplayCommand.Run(new ReplayRequest(trace, spec, config, constants ?? []), stdout, stderr);
        return new ReplayRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n{Stdout}{Stderr}";
}
