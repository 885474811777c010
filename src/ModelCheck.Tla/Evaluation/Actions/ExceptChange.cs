using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation.Emitted;
using ModelCheck.Tla.Evaluation.Nodes;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>
/// The right-hand side of <c>x' = [x EXCEPT ![k]...[l] = e]</c> (one update, a path of up to
/// <see cref="ImageChange.MaxDepth"/> keys), which <see cref="AssignAction"/> may leave unbuilt while
/// the context defers (<see cref="EvalContext.DeferringNext"/>): x with the image at the path
/// replaced (<see cref="DeferredExcept"/>), for the sink to pack from the parent's key.
/// </summary>
/// <remarks>
/// Why only this form: it is how specs change one process's slot (<c>![self]</c>, <c>![m.ins][acc].mbal</c>),
/// it is most of Grid's, the DNS automation's and Paxos's steps, and one path into the variable's own
/// function is what the store can pack without the function (see <see cref="Engine.Storage.StateCodec.PackChanged"/>).
/// The values and errors are those of the EXCEPT: the keys first, then the image with <c>@</c> the
/// old image, a key outside its function's domain leaving x unchanged, and an error reported at the
/// EXCEPT; where the path meets something other than a built function, the EXCEPT itself goes on
/// with the keys already evaluated.
/// </remarks>
internal sealed class ExceptChange
{
    private readonly ExceptNode _except;
    private readonly Node[] _keys;
    private readonly Node _image;

    private ExceptChange(ExceptNode except)
    {
        _except = except;
        var keys = except.Updates[0].Keys;
        _keys = new Node[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            _keys[i] = EmittedNode.Wrap(keys[i]);
        }

        _image = EmittedNode.Wrap(except.Updates[0].Value);
    }

    /// <summary>The change when <paramref name="value"/> is <c>[x EXCEPT ![k]...[l] = e]</c> for the variable <paramref name="variable"/> itself; otherwise null.</summary>
    public static ExceptChange? Of(int variable, Node value) =>
        value is ExceptNode { Function: StateVariableNode v } except && v.Index == variable
        && except.Updates is [{ Keys.Length: <= ImageChange.MaxDepth, Run: 1 }]
            ? new ExceptChange(except)
            : null;

    /// <summary>
    /// Gives the unassigned x' (<paramref name="variable"/>) its value, unbuilt when it can; returns
    /// false, leaving x' unassigned and nothing evaluated, when the context does not defer.
    /// </summary>
    public bool TryAssign(EvalContext ctx, int variable)
    {
        if (!ReferenceEquals(ctx.Next, ctx.DeferringNext) || ctx.State[variable] is not FunctionValue f)
        {
            return false;
        }

        try
        {
            if (_keys.Length == 1)
            {
                // Why apart: ![i] = e is the common form (a process's slot) and needs no key array.
                var key = _keys[0].Eval(ctx);
                Assign(ctx, variable, f, new ReadOnlySpan<Value>(in key));
                return true;
            }

            var keys = ctx.RentKeys(_keys.Length);
            try
            {
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = _keys[i].Eval(ctx);
                }

                Assign(ctx, variable, f, keys);
                return true;
            }
            finally
            {
                ctx.ReturnKeys(keys);
            }
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<bool>(_except.Span, e.Message);
        }
    }

    private void Assign(EvalContext ctx, int variable, FunctionValue f, ReadOnlySpan<Value> keys)
    {
        ulong path = 0;
        Value current = f;
        for (var level = 0; level < keys.Length; level++)
        {
            // Why not a function defined by a rule: building it may fail, and must then fail as the EXCEPT does.
            if (current is not FunctionValue function || function is LazyFunctionValue)
            {
                ctx.SetNext(variable, _except.EvalWithKeys(ctx, f, keys.ToArray()));
                return;
            }

            var position = function.PositionOf(keys[level]);
            if (position < 0)
            {
                // TLC leaves a function unchanged when the EXCEPT key lies outside its domain.
                ctx.SetNext(variable, f);
                return;
            }

            if (position > ImageChange.MaxPosition)
            {
                // Why: a path holds 16-bit positions; a function this large is changed whole.
                ctx.SetNext(variable, _except.EvalWithKeys(ctx, f, keys.ToArray()));
                return;
            }

            path = ImageChange.Extend(path, level, position);
            current = function.ValueAt(position);
        }

        ctx.SetNextDeferred(variable, f, path, keys.Length, ImageAt(ctx, current));
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
