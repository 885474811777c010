using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Syntax;
using Xunit;

namespace ModelCheck.Tests.Syntax;

/// <summary>Every specification of the shared conformance corpus parses without a diagnostic.</summary>
public sealed class ConformanceParseTests
{
    /// <summary>The corpus holds 35 modules; fewer means it moved, not that all is well.</summary>
    private const int ExpectedMinimumCorpusFiles = 35;

    private static readonly string[] s_roots =
    [
        "/work/shared/conformance/tlaplus-examples",
    ];

    private static readonly string[] s_files =
    [
        "/work/shared/bench/Grid.tla",
    ];

    [Fact]
    public void Parser_ParsesEveryConformanceModule()
    {
        var files = new List<string>();
        foreach (var root in s_roots)
        {
            if (Directory.Exists(root))
            {
                var corpus = Directory.GetFiles(root, "*.tla", SearchOption.AllDirectories);
                Assert.True(corpus.Length >= ExpectedMinimumCorpusFiles, $"only {corpus.Length} .tla files under {root}");
                files.AddRange(corpus);
            }
        }

        files.AddRange(s_files.Where(File.Exists));
        if (files.Count == 0)
        {
            // The corpus lives outside the repository; nothing to check where it is absent.
            return;
        }

        var failures = new List<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var diagnostics = new List<Diagnostic>();
            var module = TlaParser.ParseModule(File.ReadAllText(file), file, diagnostics);
            if (module is null || diagnostics.Count > 0)
            {
                failures.Add(string.Join("; ", diagnostics));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {files.Count} files failed:\n" + string.Join("\n", failures));
    }
}
