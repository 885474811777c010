using Xunit;

namespace ModelCheck.Tests;

/// <summary>
/// A fact over the shared inputs (<see cref="RepoPaths.SharedRoot"/>); skipped, with the reason shown, when they are absent.
/// </summary>
/// <remarks>Why: xunit 2 has no run-time skip, but a skip reason set by the attribute's constructor is honoured.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the shared inputs are missing.</summary>
    public SharedFactAttribute()
    {
        if (RepoPaths.SharedRoot is null)
        {
            Skip = RepoPaths.SharedMissingReason;
        }
    }
}
