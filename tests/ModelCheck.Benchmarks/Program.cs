using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ModelCheck.Benchmarks;

/// <summary>Runs BenchmarkDotNet, or the phase breakdown with <c>phases SPEC.tla [CONFIG.cfg]</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "phases")
        {
            return PhaseProfile.Run(args[1..], Console.Out);
        }

        // Why under the binaries: results must not litter the working tree (bin/ is ignored).
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
