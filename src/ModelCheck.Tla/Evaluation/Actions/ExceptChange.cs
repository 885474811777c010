using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation.Emitted;
using ModelCheck.Tla.Evaluation.Nodes;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>
/// The right-hand side of <c>x' = [x EXCEPT ![k] = e]</c>, which <see cref="AssignAction"/> may
/// leave unbuilt while the context defers (<see cref="EvalContext.DeferringNext"/>): x with the image
/// of k replaced (<see cref="DeferredExcept"/>), for the sink to pack from the parent's key.
/// </summary>
/// <remarks>
/// Why only this form: it is how specs change one process's slot, it is most of Grid's and the DNS
/// automation's steps, and one key of the variable's own function is what the store can pack
/// without the function (see <see cref="Engine.Storage.StateCodec.PackChanged"/>).
/// The values and errors are those of the EXCEPT: the key, then the image with <c>@</c> the old
/// image, a key outside the domain leaving the function unchanged, and an error in either
/// reported at the EXCEPT.
/// </remarks>
internal sealed class ExceptChange
{
    private readonly ExceptNode _except;
    private readonly Node _key;
    private readonly Node _image;

    private ExceptChange(ExceptNode except)
    {
        _except = except;
        _key = EmittedNode.Wrap(except.Updates[0].Keys[0]);
        _image = EmittedNode.Wrap(except.Updates[0].Value);
    }

    /// <summary>The change when <paramref name="value"/> is <c>[x EXCEPT ![k] = e]</c> for the variable <paramref name="variable"/> itself; otherwise null.</summary>
    public static ExceptChange? Of(int variable, Node value) =>
        value is ExceptNode { Function: StateVariableNode v } except && v.Index == variable
        && except.Updates is [{ Keys.Length: 1, Run: 1 }]
            ? new ExceptChange(except)
            : null;

    /// <summary>
    /// Gives the unassigned x' (<paramref name="variable"/>) its value unbuilt, or leaves it
    /// unassigned and returns false when the value must be built (see <see cref="EvalContext.SetNextDeferred"/>).
    /// </summary>
    public bool TryDefer(EvalContext ctx, int variable)
    {
        // Why not a function defined by a rule: building it may fail, and must then fail as the EXCEPT does.
        if (!ReferenceEquals(ctx.Next, ctx.DeferringNext) || ctx.State[variable] is not FunctionValue f || f is LazyFunctionValue)
        {
            return false;
        }

        try
        {
            var position = f.PositionOf(_key.Eval(ctx));
            if (position < 0)
            {
                // TLC leaves a function unchanged when the EXCEPT key lies outside its domain.
                ctx.SetNext(variable, f);
                return true;
            }

            ctx.SetNextDeferred(variable, f, position, ImageAt(ctx, f.ValueAt(position)));
            return true;
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<bool>(_except.Span, e.Message);
        }
    }

    private Value ImageAt(EvalContext ctx, Value old)
    {
        var slots = ctx.Frame.Slots;
        var saved = slots[_except.AtSlot].Value;
        slots[_except.AtSlot].Value = old;
        try
        {
            return _image.Eval(ctx);
        }
        finally
        {
            slots[_except.AtSlot].Value = saved;
        }
    }
}
