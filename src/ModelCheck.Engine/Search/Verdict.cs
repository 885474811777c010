namespace ModelCheck.Engine.Search;

/// <summary>
/// The outcome of a run, numbered as TLC's exit statuses (tlc2.output.EC.ExitStatus) so that scripts
/// written for TLC keep working.
/// </summary>
internal enum Verdict
{
    /// <summary>No error: every property holds on the reachable states.</summary>
    Success = 0,

    /// <summary>An ASSUME is false.</summary>
    AssumptionFailure = 10,

    /// <summary>A reachable state has no successor and deadlock checking is on.</summary>
    Deadlock = 11,

    /// <summary>An invariant or action property is violated.</summary>
    SafetyFailure = 12,

    /// <summary>A temporal property is violated.</summary>
    LivenessFailure = 13,

    /// <summary>A TLC <c>Assert</c> failed.</summary>
    AssertFailure = 14,

    /// <summary>A run-time error in the spec (CHOOSE from an empty set, a function applied outside its domain).</summary>
    EvaluationError = 75,

    /// <summary>The spec does not parse or does not resolve.</summary>
    SpecError = 150,

    /// <summary>The configuration does not parse or names something the spec lacks.</summary>
    ConfigError = 151,

    /// <summary>The run was stopped (Ctrl+C or <c>--max-states</c>) before the search finished; what was found is still reported.</summary>
    Interrupted = 153,

    /// <summary>A bug in ModelCheck itself: reported without a stack trace, please file it.</summary>
    InternalError = 255,
}
