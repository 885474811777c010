namespace ModelCheck.Cli.Replay;

/// <summary>The arguments of <c>modelcheck replay</c>.</summary>
/// <param name="Trace">The ITF file to replay.</param>
/// <param name="Spec">The root module file.</param>
/// <param name="Config">The configuration file, or null for SPEC.cfg.</param>
/// <param name="Constants">NAME=VALUE overrides.</param>
internal sealed record ReplayRequest(string Trace, string Spec, string? Config, IReadOnlyList<string> Constants);
