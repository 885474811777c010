namespace ModelCheck.Tests;

/// <summary>
/// Where the repository and the shared inputs are, found from the test binaries rather than the working directory
/// (which differs between <c>dotnet test</c>, IDEs and CI).
/// </summary>
/// <remarks>
/// Why the namespace is <c>ModelCheck.Tests</c> and not the folder's: a namespace <c>ModelCheck.Tests.Golden</c> would
/// shadow the <see cref="Golden"/> class in every test namespace under <c>ModelCheck.Tests</c>.
/// </remarks>
internal static class RepoPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "ModelCheck.sln";

    private static readonly Lazy<string?> s_repoRoot = new(() => FindUpwards(AppContext.BaseDirectory, SolutionFileName));

    /// <summary>The folder holding <c>ModelCheck.sln</c>.</summary>
    /// <exception cref="InvalidOperationException">The tests run outside a checkout.</exception>
    public static string RepoRoot => s_repoRoot.Value
        ?? throw new InvalidOperationException($"no {SolutionFileName} found above {AppContext.BaseDirectory}; the tests must run from a checkout of the repository");

    /// <summary>The test project's source folder (where committed golden files live).</summary>
    public static string TestProjectRoot => Path.Combine(RepoRoot, "tests", "ModelCheck.Tests");

    /// <summary>The shared inputs, <c>&lt;RepoRoot&gt;/../shared</c> (conformance corpus, bench models); null when absent.</summary>
    public static string? SharedRoot
    {
        get
        {
            if (s_repoRoot.Value is not { } root)
            {
                return null;
            }

            var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>The skip reason for tests that need <see cref="SharedRoot"/>.</summary>
    public static string SharedMissingReason =>
        $"shared inputs not found: expected a 'shared' folder beside the repository root ({s_repoRoot.Value ?? "repository root not found"})";

    /// <summary>The nearest folder, from <paramref name="start"/> upwards, that contains a file named <paramref name="marker"/>.</summary>
    /// <param name="start">A folder to start from.</param>
    /// <param name="marker">The file name to look for.</param>
    /// <returns>The folder, or null when no ancestor has the file.</returns>
    public static string? FindUpwards(string start, string marker)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, marker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
