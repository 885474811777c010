using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Benchmarks;

/// <summary>Counts states and drops them: successor generation with no storage cost.</summary>
internal sealed class CountingSink : ISuccessorSink
{
    /// <summary>States received.</summary>
    public long Count { get; set; }

    /// <inheritdoc />
    public void Add(Value[] state) => Count++;
}
