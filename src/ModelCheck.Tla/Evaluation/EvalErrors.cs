using System.Diagnostics.CodeAnalysis;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation;

/// <summary>Throw helpers for run-time errors in a spec, kept out of line so hot paths stay small.</summary>
internal static class EvalErrors
{
    /// <summary>Code for a failed TLC Assert; the engine maps it to exit code 14.</summary>
    public const string AssertFailed = "TLC0014";

    /// <summary>Code for reading a variable (primed or not) that has no value yet.</summary>
    public const string Unassigned = "TLC0076";

    /// <summary>Code for other run-time errors.</summary>
    public const string RuntimeError = "TLC0075";

    /// <summary>Throws a run-time error at <paramref name="span"/>.</summary>
    [DoesNotReturn]
    public static void Throw(SourceSpan span, string message) =>
        throw new DiagnosticException(new Diagnostic(RuntimeError, span, message));

    /// <summary>Throws a run-time error at <paramref name="span"/>, typed for expression positions.</summary>
    [DoesNotReturn]
    public static T Throw<T>(SourceSpan span, string message) =>
        throw new DiagnosticException(new Diagnostic(RuntimeError, span, message));

    /// <summary>Throws the error for reading a variable before it has a value.</summary>
    [DoesNotReturn]
    public static Value ThrowUnassigned(SourceSpan span, string message) =>
        throw new DiagnosticException(new Diagnostic(Unassigned, span, message));

    /// <summary>Throws a failed-Assert error.</summary>
    [DoesNotReturn]
    public static void ThrowAssert(SourceSpan span, string message) =>
        throw new DiagnosticException(new Diagnostic(AssertFailed, span, message));
}
