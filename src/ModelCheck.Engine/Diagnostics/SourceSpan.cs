namespace ModelCheck.Engine.Diagnostics;

/// <summary>
/// A region of a source file, 1-based lines and columns; <see cref="EndColumn"/> is one past the
/// last character, so a one-character span has <c>EndColumn == Column + 1</c>. <see cref="File"/> is the path as the user
/// gave it (or a module name for built-in modules), never made absolute, so that output stays portable.
/// </summary>
internal readonly record struct SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span for things that have no source, such as command-line constants.</summary>
    public static SourceSpan None { get; } = new(string.Empty, 0, 0, 0, 0);

    /// <summary>True when the span points into a real file.</summary>
    public bool IsKnown => Line > 0;

    /// <summary>Creates a span that covers both <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static SourceSpan Cover(SourceSpan start, SourceSpan end) =>
        new(start.File, start.Line, start.Column, end.EndLine, end.EndColumn);

    /// <inheritdoc />
    public override string ToString() => IsKnown ? $"{File}:{Line}:{Column}" : "<no location>";
}
