using System.Text;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>
/// Stands in <see cref="EvalContext.Next"/> for x' = [x EXCEPT ![k]...[l] = e] while the function is
/// not built: x's function, the path of positions of k ... l and the new image. Every reader of Next builds it first
/// (<see cref="EvalContext.ReadNext"/>, <see cref="EvalContext.BuildDeferred()"/>), and the end of
/// the enumeration hands it to the sink as an <see cref="Engine.Model.ImageChange"/>.
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
    /// <summary>The function changed: the variable's value in the state being expanded.</summary>
    public FunctionValue Function { get; private set; } = TupleValue.Empty;

    /// <summary>The positions of the path to the changed image, as <see cref="Engine.Model.ImageChange.Path"/> holds them.</summary>
    public ulong Path { get; private set; }

    /// <summary>How many positions the path has.</summary>
    public int Depth { get; private set; }

    /// <summary>The new image.</summary>
    public Value Image { get; private set; } = TupleValue.Empty;

    /// <inheritdoc />
    public override ValueKind Kind => throw Unbuilt();

    /// <summary>Makes this stand for <paramref name="function"/> with the image at the end of <paramref name="path"/> replaced by <paramref name="image"/>.</summary>
    public DeferredExcept Set(FunctionValue function, ulong path, int depth, Value image)
    {
        Function = function;
        Path = path;
        Depth = depth;
        Image = image;
        return this;
    }

    /// <summary>The change it stands for, to <see cref="EvalContext.Next"/>'s variable <paramref name="variable"/>.</summary>
    public Engine.Model.ImageChange Change(int variable) => new(variable, Path, Depth, Image);

    /// <summary>The function it stands for.</summary>
    public FunctionValue Build() => Change(0).ApplyTo(Function);

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
