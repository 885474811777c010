using ModelCheck.Engine.Model;
using ModelCheck.Engine.Search;
using ModelCheck.Tla.Modeling;
using Xunit;

namespace ModelCheck.Tests.Traces;

/// <summary>A spec written to a temporary folder, built, and searched: its model, headline and counterexample.</summary>
internal sealed class TraceRun : IDisposable
{
    private readonly TempDirectory _folder = new();

    private TraceRun(string name, string spec, string config)
    {
        SpecPath = _folder.Write(name + ".tla", spec);
        ConfigPath = _folder.Write(name + ".cfg", config);
        var outcome = ModelBuilder.Build(SpecPath, ConfigPath, []);
        Assert.True(outcome.Model is not null, string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
        Model = outcome.Model;
        var result = new BreadthFirstSearch(Model, new SearchOptions(1, CheckDeadlock: false)).Run();
        Assert.True(result.Trace is not null, $"{name}: expected a counterexample, got {result.Verdict}");
        Trace = result.Trace;
        Headline = $"Error: Invariant {result.ViolatedProperty} is violated.";
    }

    /// <summary>The spec file.</summary>
    public string SpecPath { get; }

    /// <summary>The configuration file.</summary>
    public string ConfigPath { get; }

    /// <summary>The compiled model.</summary>
    public IModel Model { get; }

    /// <summary>The counterexample the search found.</summary>
    public Counterexample Trace { get; }

    /// <summary>The verdict line, as <c>check</c> prints it.</summary>
    public string Headline { get; }

    /// <summary>The temporary folder, for further files.</summary>
    public TempDirectory Folder => _folder;

    /// <summary>Builds and searches <paramref name="spec"/> with <paramref name="config"/>.</summary>
    public static TraceRun Of(string name, string spec, string config) => new(name, spec, config);

    /// <summary>The golden file <c>Traces/&lt;name&gt;</c> in the test project's source folder.</summary>
    public static string GoldenPath(string name) => Path.Combine(RepoPaths.TestProjectRoot, "Traces", name);

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
