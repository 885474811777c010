namespace ModelCheck.Tests.DnsRace;

/// <summary>Where the DynamoDB DNS race spec, its variants and their committed outputs live.</summary>
internal static class DnsRacePaths
{
    /// <summary>The folder with DnsRace.tla and one .cfg per variant.</summary>
    public static string SpecDirectory => Path.Combine(RepoPaths.RepoRoot, "specs", "dynamodb-dns");

    /// <summary>The spec.</summary>
    public static string Spec => Path.Combine(SpecDirectory, "DnsRace.tla");

    /// <summary>The committed counterexamples, one folder per variant.</summary>
    public static string Counterexamples => Path.Combine(RepoPaths.RepoRoot, "counterexamples", "dynamodb-dns");

    /// <summary>The committed verdict table (also shown in the README).</summary>
    public static string MatrixGolden => Path.Combine(RepoPaths.TestProjectRoot, "DnsRace", "Matrix.verified.md");

    /// <summary>The configuration of <paramref name="variant"/>.</summary>
    public static string Config(string variant) => Path.Combine(SpecDirectory, variant + ".cfg");
}
