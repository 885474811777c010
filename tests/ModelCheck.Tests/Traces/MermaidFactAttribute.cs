using Xunit;

namespace ModelCheck.Tests.Traces;

/// <summary>
/// A fact that needs Node and the mermaid package under <c>tests/mermaid-check</c>; skipped, with the
/// reason shown, when either is missing (run <c>npm ci --prefix tests/mermaid-check</c> to enable it).
/// </summary>
/// <remarks>Why: xunit 2 has no run-time skip, but a skip reason set by the attribute's constructor is honoured.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class MermaidFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Node or the mermaid package is missing.</summary>
    public MermaidFactAttribute()
    {
        if (MermaidCheck.MissingReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
