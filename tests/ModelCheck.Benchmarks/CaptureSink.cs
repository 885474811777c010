using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Benchmarks;

/// <summary>Keeps copies of the first states it receives.</summary>
internal sealed class CaptureSink(int limit) : ISuccessorSink
{
    /// <summary>The states kept.</summary>
    public List<Value[]> States { get; } = [];

    /// <inheritdoc />
    public void Add(Value[] state)
    {
        if (States.Count < limit)
        {
            States.Add((Value[])state.Clone());
        }
    }
}
