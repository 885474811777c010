using System.Text;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Config;
using Xunit;

namespace ModelCheck.Tests.Config;

public sealed class ConfigCorpusTests
{
    /// <summary>The corpus has 27 models plus the Grid bench model; fewer files means the corpus moved, not that all is well.</summary>
    private const int ExpectedMinimumConfigs = 28;

    /// <summary>Every <c>.cfg</c> of the shared inputs, as paths relative to the shared folder with '/' separators.</summary>
    public static TheoryData<string> CorpusConfigs
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in FindCorpusConfigs())
            {
                data.Add(path);
            }

            return data;
        }
    }

    [SharedTheory]
    [MemberData(nameof(CorpusConfigs))]
    public void ConfigParser_ParsesCorpusConfig(string relativePath)
    {
        var diagnostics = new List<Diagnostic>();
        var text = System.IO.File.ReadAllText(Path.Combine(RepoPaths.SharedRoot!, relativePath));

        var config = ConfigParser.Parse(text, relativePath, diagnostics);

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        Assert.NotNull(config);
    }

    [SharedFact]
    public void ConfigParser_CorpusMatchesGoldenDump()
    {
        var configs = FindCorpusConfigs();
        Assert.True(configs.Count >= ExpectedMinimumConfigs, $"found only {configs.Count} .cfg files under {RepoPaths.SharedRoot}");
        var dump = new StringBuilder();
        foreach (var relativePath in configs)
        {
            var diagnostics = new List<Diagnostic>();
            var config = ConfigParser.Parse(System.IO.File.ReadAllText(Path.Combine(RepoPaths.SharedRoot!, relativePath)), relativePath, diagnostics);
            dump.Append("== ").Append(relativePath).Append('\n');
            dump.Append(config is null ? string.Join("\n", diagnostics) + "\n" : ConfigDump.Format(config)).Append('\n');
        }

        Golden.Assert(dump.ToString(), Path.Combine(RepoPaths.TestProjectRoot, "Config", "ConfigCorpusTests.Corpus.verified.txt"));
    }

    private static List<string> FindCorpusConfigs()
    {
        if (RepoPaths.SharedRoot is not { } shared)
        {
            return [];
        }

        return
        [
            .. Directory.EnumerateFiles(shared, "*.cfg", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(shared, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal),
        ];
    }
}
