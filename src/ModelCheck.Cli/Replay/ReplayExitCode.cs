namespace ModelCheck.Cli.Replay;

/// <summary>
/// Exit codes of <c>modelcheck replay</c> that <see cref="Engine.Search.Verdict"/> does not have.
/// The others are the check command's: 12 (the trace violates an invariant or action property), 13
/// (a fair lasso that violates a temporal property), 10 (an ASSUME is false), 75 (a run-time error
/// while evaluating the spec), 150 (spec error), 151 (config error).
/// </summary>
internal static class ReplayExitCode
{
    /// <summary>The trace is a behaviour of the spec and violates no property it can show violated.</summary>
    public const int Valid = 0;

    /// <summary>The trace is not a behaviour of the spec: its first state is not initial, or a step is not a transition.</summary>
    public const int NotABehaviour = 2;

    /// <summary>The trace file cannot be read: not JSON, not ITF, or not over the spec's variables.</summary>
    public const int UnreadableTrace = 3;
}
