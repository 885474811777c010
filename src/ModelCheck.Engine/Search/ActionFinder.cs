using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>Finds the action that leads to a given successor, to label a trace step.</summary>
internal sealed class ActionFinder(IModelWorker worker, Value[] target) : ISuccessorSink
{
    /// <summary>The first action found that produces the target, or null.</summary>
    public string? Action { get; private set; }

    /// <inheritdoc />
    public void Add(Value[] state)
    {
        if (Action is not null)
        {
            return;
        }

        for (var i = 0; i < state.Length; i++)
        {
            if (!state[i].Equals(target[i]))
            {
                return;
            }
        }

        Action = worker.DescribeCurrentAction();
    }
}
