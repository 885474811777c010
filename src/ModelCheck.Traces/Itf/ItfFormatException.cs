namespace ModelCheck.Traces.Itf;

/// <summary>An ITF file that cannot be read as a trace; the message names where (<c>states[3].x</c>) and why.</summary>
internal sealed class ItfFormatException : Exception
{
    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public ItfFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public ItfFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Not used; present for the standard exception constructors.</summary>
    public ItfFormatException()
        : this("the trace is not valid ITF")
    {
    }
}
