using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Benchmarks;

/// <summary>
/// Counts states and drops them, taking <c>EXCEPT</c> successors unbuilt as the search's sinks do:
/// successor generation as the search runs it, with no storage cost.
/// </summary>
internal sealed class CountingChangeSink : IChangedSuccessorSink
{
    /// <summary>States received.</summary>
    public long Count { get; set; }

    /// <inheritdoc />
    public void Add(Value[] state) => Count++;

    /// <inheritdoc />
    public void AddChanged(Value[] state, ReadOnlySpan<ImageChange> changes) => Count++;
}
