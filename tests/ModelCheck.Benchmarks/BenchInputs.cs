using ModelCheck.Engine.Values;
using ModelCheck.Tla.Modeling;

namespace ModelCheck.Benchmarks;

/// <summary>The benchmark inputs: the shared Grid model, found from the binaries.</summary>
internal static class BenchInputs
{
    /// <summary>
    /// <c>../shared/bench/Grid.tla</c> beside the repository root, or the file named by the
    /// MODELCHECK_GRID environment variable.
    /// </summary>
    public static string GridSpec
    {
        get
        {
            if (Environment.GetEnvironmentVariable("MODELCHECK_GRID") is { Length: > 0 } path)
            {
                return path;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ModelCheck.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "bench", "Grid.tla"));
                }
            }

            throw new InvalidOperationException("ModelCheck.sln not found above the benchmark binaries; set MODELCHECK_GRID");
        }
    }

    /// <summary>Builds the model of <paramref name="spec"/> for safety checking (temporal properties dropped), failing loudly.</summary>
    public static TlaModel Build(string spec, string? config = null)
    {
        var outcome = ModelBuilder.Build(spec, config, [], c => c with { Properties = [] });
        return outcome.Model ?? throw new InvalidOperationException($"{spec}: {(outcome.Diagnostics.Length > 0 ? outcome.Diagnostics[0].Message : "no model")}");
    }

    /// <summary>The first initial state of <paramref name="model"/>.</summary>
    public static Value[] FirstInitialState(TlaModel model)
    {
        var sink = new CaptureSink(1);
        model.CreateWorker().EnumerateInitial(sink);
        return sink.States[0];
    }

    /// <summary>Follows the first successor <paramref name="steps"/> times from the first initial state.</summary>
    public static Value[] StateAfter(TlaModel model, int steps)
    {
        var worker = model.CreateWorker();
        var state = FirstInitialState(model);
        for (var i = 0; i < steps; i++)
        {
            var sink = new CaptureSink(1);
            worker.EnumerateNext(state, sink);
            if (sink.States.Count == 0)
            {
                break;
            }

            state = sink.States[0];
        }

        return state;
    }
}
