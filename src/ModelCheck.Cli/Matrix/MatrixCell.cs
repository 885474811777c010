using System.Globalization;
using ModelCheck.Engine.Search;

namespace ModelCheck.Cli.Matrix;

/// <summary>The verdict of one property for one variant.</summary>
/// <param name="Kind">The verdict.</param>
/// <param name="TraceLength">States in the counterexample, for violations and deadlocks.</param>
/// <param name="Failure">The exit status the failure stands for, for <see cref="MatrixCellKind.Error"/> and <see cref="MatrixCellKind.Interrupted"/>.</param>
/// <param name="Vacuous">For a property that holds: it holds only because its premise is never true (e.g. P ~> Q where P never happens).</param>
internal sealed record MatrixCell(MatrixCellKind Kind, int TraceLength = 0, Verdict? Failure = null, bool Vacuous = false)
{
    /// <summary>The cell of a property the configuration does not list.</summary>
    public static MatrixCell NotListed { get; } = new(MatrixCellKind.NotListed);

    /// <summary>The cell as printed.</summary>
    public string Text => Kind switch
    {
        MatrixCellKind.NotListed => "-",
        MatrixCellKind.Holds => Vacuous ? "holds (vacuously)" : "holds",
        MatrixCellKind.Violated => string.Create(CultureInfo.InvariantCulture, $"violated ({TraceLength} states)"),
        MatrixCellKind.Deadlocked => string.Create(CultureInfo.InvariantCulture, $"deadlock ({TraceLength} states)"),
        MatrixCellKind.Unsupported => "unsupported",
        MatrixCellKind.Interrupted => "interrupted",
        _ => "error",
    };
}
