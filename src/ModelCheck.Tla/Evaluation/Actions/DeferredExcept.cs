using System.Text;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>
/// Stands in <see cref="EvalContext.Next"/> for x' = [x EXCEPT ![k]...[l] = e, ...] while the function
/// is not built: x's function and, for each update, the path of positions of k ... l and the new image. Every reader of Next builds it first
/// (<see cref="EvalContext.ReadNext"/>, <see cref="EvalContext.BuildDeferred()"/>), and the end of
/// the enumeration hands its changes to the sink.
/// </summary>
/// <remarks>
/// Why a value that fails when used as one: a reader of Next that forgot to build it must stop
/// with an internal error, never compare or print a stand-in.
/// Why one per variable per context, reused: only the worker's own next state holds these, a
/// variable holds one until it is unassigned, and allocating one per successor would give back
/// part of what not building the function saves.
/// </remarks>
internal sealed class DeferredExcept : Value
{
    private readonly ImageChange[] _changes = new ImageChange[ImageChange.MaxPerVariable];

    /// <summary>The function changed: the variable's value in the state being expanded.</summary>
    public FunctionValue Function { get; private set; } = TupleValue.Empty;

    /// <summary>The changes, in the order the EXCEPT makes them, on disjoint paths.</summary>
    public ReadOnlySpan<ImageChange> Changes => _changes.AsSpan(0, Count);

    /// <summary>How many changes there are.</summary>
    public int Count { get; private set; }

    /// <inheritdoc />
    public override ValueKind Kind => throw Unbuilt();

    /// <summary>Makes this stand for <paramref name="function"/> itself, before its changes are added.</summary>
    public DeferredExcept Start(FunctionValue function)
    {
        Function = function;
        Count = 0;
        return this;
    }

    /// <summary>Adds a change, on a path disjoint from the others'.</summary>
    public void Add(in ImageChange change)
    {
        System.Diagnostics.Debug.Assert(Count < ImageChange.MaxPerVariable, "ExceptChange.Of admits no longer runs");
        _changes[Count++] = change;
    }

    /// <summary>The function it stands for.</summary>
    public FunctionValue Build() => ImageChange.ApplyAll(Function, Changes);

    /// <inheritdoc />
    public override int GetHashCode() => throw Unbuilt();

    /// <inheritdoc />
    public override void Format(StringBuilder builder) => throw Unbuilt();

    /// <inheritdoc />
    protected override int CompareSameKind(Value other) => throw Unbuilt();

    /// <inheritdoc />
    protected override bool EqualsSameKind(Value other) => throw Unbuilt();

    private static InvalidOperationException Unbuilt() => new("a deferred EXCEPT was read as a value before it was built");
}
