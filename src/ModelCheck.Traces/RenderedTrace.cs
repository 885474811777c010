namespace ModelCheck.Traces;

/// <summary>One rendered counterexample file, or why it could not be rendered.</summary>
/// <param name="Extension">The file name's ending, e.g. <c>.itf.json</c>.</param>
/// <param name="Content">The text, or null when rendering was refused.</param>
/// <param name="Problem">Why there is no content, or null.</param>
internal sealed record RenderedTrace(string Extension, string? Content, string? Problem);
