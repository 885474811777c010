using System.Text;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>
/// Stands in <see cref="EvalContext.Next"/> for x' = [x EXCEPT ![k] = e] while the function is not
/// built: x's function, the position of k and the new image. Every reader of Next builds it first
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

    /// <summary>The position of the changed image (as <see cref="FunctionValue.ValueAt"/> numbers them).</summary>
    public int Position { get; private set; }

    /// <summary>The new image.</summary>
    public Value Image { get; private set; } = TupleValue.Empty;

    /// <inheritdoc />
    public override ValueKind Kind => throw Unbuilt();

    /// <summary>Makes this stand for <paramref name="function"/> with the image at <paramref name="position"/> replaced by <paramref name="image"/>.</summary>
    public DeferredExcept Set(FunctionValue function, int position, Value image)
    {
        Function = function;
        Position = position;
        Image = image;
        return this;
    }

    /// <summary>The function it stands for.</summary>
    public FunctionValue Build() => Function.WithValueAt(Position, Image);

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
