namespace ModelCheck.Cli.Bench;

/// <summary>One model that <c>bench</c> times.</summary>
/// <param name="Name">A short name for the table.</param>
/// <param name="Spec">The root module.</param>
/// <param name="Config">The configuration.</param>
/// <param name="ExpectedDistinct">TLC's distinct states, when known, to check the counts.</param>
/// <param name="ExpectedGenerated">TLC's states generated, when known.</param>
/// <param name="Constants">Constant overrides (NAME=VALUE) for the child run.</param>
internal sealed record BenchInput(
    string Name,
    string Spec,
    string Config,
    long? ExpectedDistinct = null,
    long? ExpectedGenerated = null,
    IReadOnlyList<string>? Constants = null);
