namespace ModelCheck.Engine.Diagnostics;

/// <summary>
/// Carries a <see cref="Diagnostic"/> out of deep recursion (parser, evaluator) to the boundary that
/// turns it back into data.
/// </summary>
/// <remarks>
/// Why: the recursive-descent parser and the evaluator are many frames deep when a spec is wrong;
/// threading a result type through every frame would cost the hot evaluation path. Every public
/// entry point catches this and returns the diagnostic, so it never escapes as a stack trace.
/// </remarks>
internal sealed class DiagnosticException : Exception
{
    /// <summary>Creates the exception for <paramref name="diagnostic"/>.</summary>
    public DiagnosticException(Diagnostic diagnostic)
        : base(diagnostic.Message)
    {
        Diagnostic = diagnostic;
    }

    /// <summary>Not used; present for the standard exception constructors.</summary>
    public DiagnosticException()
        : this(new Diagnostic("MC0000", SourceSpan.None, "unknown error"))
    {
    }

    /// <summary>Not used; present for the standard exception constructors.</summary>
    public DiagnosticException(string message)
        : this(new Diagnostic("MC0000", SourceSpan.None, message))
    {
    }

    /// <summary>Not used; present for the standard exception constructors.</summary>
    public DiagnosticException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostic = new Diagnostic("MC0000", SourceSpan.None, message);
    }

    /// <summary>The error this exception carries.</summary>
    public Diagnostic Diagnostic { get; }
}
