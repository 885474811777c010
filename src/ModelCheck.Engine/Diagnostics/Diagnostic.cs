namespace ModelCheck.Engine.Diagnostics;

/// <summary>
/// An error as data: a stable code (e.g. <c>TLA0101</c>), where it is, and what is wrong.
/// </summary>
internal sealed record Diagnostic(string Code, SourceSpan Span, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Span}: error {Code}: {Message}";
}
