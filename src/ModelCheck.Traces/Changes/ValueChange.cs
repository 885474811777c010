using ModelCheck.Engine.Values;

namespace ModelCheck.Traces.Changes;

/// <summary>
/// One changed part of a state: a whole variable (<c>x</c>) or an entry inside a function or record
/// (<c>pc[e2]</c>, <c>net.inbox</c>), with its values before and after the step.
/// </summary>
/// <param name="Variable">The state variable the change belongs to.</param>
/// <param name="Path">The variable name, followed by the keys that lead to the changed entry, in TLA+ syntax.</param>
/// <param name="Before">The value in the earlier state.</param>
/// <param name="After">The value in the later state.</param>
internal sealed record ValueChange(string Variable, string Path, Value Before, Value After)
{
    /// <summary>True when the change is an entry inside the variable rather than the variable itself.</summary>
    public bool IsEntry => Path.Length != Variable.Length;
}
