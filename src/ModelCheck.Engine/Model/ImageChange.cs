using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Model;

/// <summary>
/// One variable of a successor given as its value in the state being expanded with one image
/// replaced: the successor's value is <c>((FunctionValue)state[Variable]).WithValueAt(Position, Image)</c>.
/// See <see cref="IChangedSuccessorSink"/>.
/// </summary>
internal readonly struct ImageChange(int variable, int position, Value image)
{
    /// <summary>The variable changed.</summary>
    public int Variable { get; } = variable;

    /// <summary>The position of the changed image in the function (as <see cref="FunctionValue.ValueAt"/> numbers them).</summary>
    public int Position { get; } = position;

    /// <summary>The new image.</summary>
    public Value Image { get; } = image;

    /// <summary>Replaces each changed variable of <paramref name="state"/> by its successor value.</summary>
    public static void Apply(Value[] state, ReadOnlySpan<ImageChange> changes)
    {
        foreach (var change in changes)
        {
            state[change.Variable] = ((FunctionValue)state[change.Variable]).WithValueAt(change.Position, change.Image);
        }
    }
}
