using ModelCheck.Cli.Commands;
using ModelCheck.Cli.Matrix;

namespace ModelCheck.Tests.DnsRace;

/// <summary>
/// Runs <c>modelcheck matrix specs/dynamodb-dns --markdown --no-times --write-counterexamples TEMP</c> once for all
/// the tests that read its table or its counterexamples: it is the slowest thing these tests do.
/// </summary>
public sealed class DnsRaceMatrixFixture : IDisposable
{
    private readonly TempDirectory _counterexamples = new();

    /// <summary>Runs the matrix.</summary>
    public DnsRaceMatrixFixture()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var request = new MatrixRequest(DnsRacePaths.SpecDirectory, null, Environment.ProcessorCount, Markdown: true, IncludeBench: false, NoTimes: true, _counterexamples.Path);
        ExitCode = MatrixCommand.Run(request, stdout, stderr);
        Table = stdout.ToString();
        Stderr = stderr.ToString();
    }

    /// <summary>The matrix command's exit status.</summary>
    public int ExitCode { get; }

    /// <summary>The Markdown table.</summary>
    public string Table { get; }

    /// <summary>Warnings and errors.</summary>
    public string Stderr { get; }

    /// <summary>The counterexamples written, DIR/&lt;Variant&gt;/&lt;Property&gt;.txt.</summary>
    public string CounterexampleDir => _counterexamples.Path;

    /// <inheritdoc />
    public void Dispose() => _counterexamples.Dispose();
}
