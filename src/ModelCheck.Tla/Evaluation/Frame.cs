namespace ModelCheck.Tla.Evaluation;

/// <summary>
/// The locals of one activation of an operator, lambda or lazily evaluated function body, with a
/// static link to the frame it was defined in.
/// </summary>
/// <remarks>
/// Why frames and not a value stack: TLA+ bodies can outlive their activation (a recursive
/// function's rule, an operator passed as an argument), and slots resolved at compile time to
/// (hops, index) pairs are cheap to read.
/// </remarks>
internal sealed class Frame(int size, Frame? parent)
{
    /// <summary>The slots: parameters first, then bound variables and cached LET definitions.</summary>
    public FrameSlot[] Slots { get; } = size == 0 ? [] : new FrameSlot[size];

    /// <summary>The frame of the enclosing definition; set again when a spare frame is rented (see <see cref="EvalContext.RentFrame"/>).</summary>
    public Frame? Parent { get; set; } = parent;

    /// <summary>The frame <paramref name="hops"/> static links up.</summary>
    public Frame Up(int hops)
    {
        var frame = this;
        for (var i = 0; i < hops; i++)
        {
            frame = frame.Parent!;
        }

        return frame;
    }
}
