namespace ModelCheck.Engine.Values;

/// <summary>
/// A TLA+ run-time error found inside value code (e.g. enumerating an infinite set), without a
/// source location; the evaluator catches it and attaches the span of the expression being evaluated.
/// </summary>
internal sealed class ValueException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ValueException(string message)
        : base(message)
    {
    }

    /// <summary>Not used; present for the standard exception constructors.</summary>
    public ValueException()
    {
    }

    /// <summary>Not used; present for the standard exception constructors.</summary>
    public ValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
