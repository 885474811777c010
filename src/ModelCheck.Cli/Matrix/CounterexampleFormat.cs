using ModelCheck.Engine.Search;

namespace ModelCheck.Cli.Matrix;

/// <summary>One way of writing a counterexample to a file.</summary>
/// <param name="Extension">The file extension, with its dot.</param>
/// <param name="Render">Renders the trace under the one-line headline that <c>modelcheck check</c> prints.</param>
internal sealed record CounterexampleFormat(string Extension, Func<string, Counterexample, string> Render);
