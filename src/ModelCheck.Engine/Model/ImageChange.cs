using System.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Model;

/// <summary>
/// One variable of a successor given as its value in the state being expanded with one image
/// replaced, at a path of positions into nested functions (<c>x' = [x EXCEPT ![i][j] = e]</c>):
/// position <c>PositionAt(0)</c> of x, then <c>PositionAt(1)</c> of that image, and so on, as
/// <see cref="FunctionValue.ValueAt"/> numbers them. A variable may have several changes, whose
/// paths are disjoint (none is a prefix of another). See <see cref="IChangedSuccessorSink"/>.
/// </summary>
internal readonly struct ImageChange
{
    /// <summary>The longest path.</summary>
    public const int MaxDepth = 4;

    /// <summary>The largest position on a path.</summary>
    public const int MaxPosition = ushort.MaxValue;

    /// <summary>The most changes to one variable in one successor (fields of one record: <c>![i].bal = b, ![i].val = v</c>).</summary>
    public const int MaxPerVariable = 8;

    // Why 16 bits per position in one word: the struct is copied for every successor, and the
    // functions changed this way are a process's slots, far fewer than 65,536.
    private readonly ulong _path;

    /// <summary>A change at the path of <paramref name="depth"/> positions <paramref name="path"/> (16 bits each, first position lowest).</summary>
    public ImageChange(int variable, ulong path, int depth, Value image)
    {
        Debug.Assert(depth is >= 1 and <= MaxDepth, "a path of one to four positions");
        Variable = variable;
        _path = path;
        Depth = depth;
        Image = image;
    }

    /// <summary>The variable changed.</summary>
    public int Variable { get; }

    /// <summary>How many positions the path has.</summary>
    public int Depth { get; }

    /// <summary>The new image at the end of the path.</summary>
    public Value Image { get; }

    /// <summary>The path as 16-bit positions, the first lowest (see <see cref="Extend"/>).</summary>
    public ulong Path => _path;

    /// <summary><paramref name="path"/> of <paramref name="depth"/> positions with <paramref name="position"/> appended.</summary>
    public static ulong Extend(ulong path, int depth, int position)
    {
        Debug.Assert(depth < MaxDepth && (uint)position <= MaxPosition, "room on the path for a 16-bit position");
        return path | ((ulong)(uint)position << (16 * depth));
    }

    /// <summary>The position at <paramref name="level"/> of the path.</summary>
    public int PositionAt(int level) => (int)((_path >> (16 * level)) & MaxPosition);

    /// <summary>Replaces each changed variable of <paramref name="state"/> by its successor value.</summary>
    public static void Apply(Value[] state, ReadOnlySpan<ImageChange> changes)
    {
        var start = 0;
        while (start < changes.Length)
        {
            var variable = changes[start].Variable;
            var end = start + 1;
            while (end < changes.Length && changes[end].Variable == variable)
            {
                end++;
            }

            state[variable] = ApplyAll((FunctionValue)state[variable], changes[start..end]);
            start = end;
        }
    }

    /// <summary>
    /// <paramref name="function"/> with the image at the end of each change's path replaced; the
    /// changes are one variable's, on disjoint paths.
    /// </summary>
    /// <remarks>
    /// Why the shared part of the paths once: a run of fields of one record
    /// (<c>![m.ins][acc].mbal = .., .bal = .., .val = ..</c>) has one path but for its last position,
    /// and applying the changes one by one copied every function above the record once per field.
    /// </remarks>
    public static FunctionValue ApplyAll(FunctionValue function, ReadOnlySpan<ImageChange> changes)
    {
        if (changes.Length > 1 && ShareAllButLast(changes))
        {
            return WithRun(function, changes, 0);
        }

        foreach (var change in changes)
        {
            function = change.ApplyTo(function);
        }

        return function;
    }

    /// <summary><paramref name="function"/> with the image at the end of the path replaced.</summary>
    public FunctionValue ApplyTo(FunctionValue function) => WithRun(function, new ReadOnlySpan<ImageChange>(in this), 0);

    /// <summary><paramref name="function"/> with the images of <paramref name="run"/>, whose paths agree but for their last position, replaced below <paramref name="level"/>.</summary>
    private static FunctionValue WithRun(FunctionValue function, ReadOnlySpan<ImageChange> run, int level)
    {
        if (level + 1 == run[0].Depth)
        {
            foreach (var change in run)
            {
                function = function.WithValueAt(change.PositionAt(level), change.Image);
            }

            return function;
        }

        var position = run[0].PositionAt(level);
        return function.WithValueAt(position, WithRun((FunctionValue)function.ValueAt(position), run, level + 1));
    }

    /// <summary>True when every change has the first one's depth and positions but for the last.</summary>
    private static bool ShareAllButLast(ReadOnlySpan<ImageChange> changes)
    {
        var first = changes[0];
        var prefix = (1UL << (16 * (first.Depth - 1))) - 1;
        foreach (var change in changes[1..])
        {
            if (change.Depth != first.Depth || ((change._path ^ first._path) & prefix) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
