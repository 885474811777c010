using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>What the search's successor sinks know of the state being expanded.</summary>
internal abstract class ParentSink : ISuccessorSink
{
    /// <summary>The state being expanded.</summary>
    public int Parent { get; private set; }

    /// <summary>The values of <see cref="Parent"/>, for properties of steps.</summary>
    public Value[] ParentState { get; private set; } = [];

    /// <summary>Successors of <see cref="Parent"/> so far, for deadlock detection.</summary>
    public int Successors { get; protected set; }

    /// <summary>Starts the successors of state <paramref name="parent"/>, whose values are <paramref name="state"/>.</summary>
    public void BeginParent(int parent, Value[] state)
    {
        Parent = parent;
        ParentState = state;
        Successors = 0;
    }

    /// <inheritdoc />
    public abstract void Add(Value[] state);
}
