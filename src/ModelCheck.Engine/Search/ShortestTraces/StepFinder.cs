using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>
/// Labels a chosen step: the first action that leads to <paramref name="target"/> with the chosen
/// acting process, or, with <paramref name="ordinal"/> set, the successor at that position.
/// </summary>
internal sealed class StepFinder(IModelWorker worker, Value[]? target, string actor, int ordinal = -1) : ISuccessorSink
{
    private int _seen;

    /// <summary>The label found, or null.</summary>
    public string? Action { get; private set; }

    /// <summary>The successor found (a copy).</summary>
    public Value[]? State { get; private set; }

    /// <inheritdoc />
    public void Add(Value[] state)
    {
        var position = _seen++;
        if (Action is not null)
        {
            return;
        }

        if (ordinal >= 0)
        {
            if (position == ordinal)
            {
                Action = worker.DescribeCurrentAction();
                State = (Value[])state.Clone();
            }

            return;
        }

        for (var i = 0; i < state.Length; i++)
        {
            if (!state[i].Equals(target![i]))
            {
                return;
            }
        }

        if (string.Equals(worker.DescribeCurrentActor(), actor, StringComparison.Ordinal))
        {
            Action = worker.DescribeCurrentAction();
            State = target;
        }
    }
}
