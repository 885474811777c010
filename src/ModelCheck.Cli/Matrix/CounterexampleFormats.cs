using System.Collections.Immutable;
using ModelCheck.Traces.Text;

namespace ModelCheck.Cli.Matrix;

/// <summary>The formats every counterexample is written in; a new trace format is one more entry here.</summary>
internal static class CounterexampleFormats
{
    /// <summary>TLC's text trace, as <c>modelcheck check --out</c> writes it.</summary>
    public static CounterexampleFormat Text { get; } = new(".txt", TextTraceWriter.Write);

    /// <summary>Every format, in the order the files are written.</summary>
    public static ImmutableArray<CounterexampleFormat> All { get; } = [Text];
}
