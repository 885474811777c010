using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation.Emitted;
using ModelCheck.Tla.Evaluation.Nodes;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>
/// The right-hand side of <c>x' = [x EXCEPT ![k]...[l] = e]</c> (a path of up to
/// <see cref="ImageChange.MaxDepth"/> keys), or of a run of such updates that differ only in their
/// last field (<c>![i][a].bal = b, ![i][a].val = v</c>), which <see cref="AssignAction"/> may leave
/// unbuilt while the context defers (<see cref="EvalContext.DeferringNext"/>): x with the images at
/// those paths replaced (<see cref="DeferredExcept"/>), for the sink to pack from the parent's key.
/// </summary>
/// <remarks>
/// Why only these forms: they are how specs change one process's slot (<c>![self]</c>,
/// <c>![m.ins][acc].mbal</c>), they are most of Grid's, the DNS automation's and Paxos's steps, and
/// paths into the variable's own function are what the store can pack without the function (see
/// <see cref="Engine.Storage.StateCodec.PackChanged"/>).
/// The values and errors are those of the EXCEPT: the first update's keys first, then the path is
/// walked, then each update's last key and new value in turn, with <c>@</c> the old image; a key
/// outside its function's domain leaves x unchanged (a last key: that update changes nothing);
/// an error is reported at the EXCEPT; and where the path meets something other than a built
/// function, the EXCEPT itself goes on with the keys already evaluated.
/// </remarks>
internal sealed class ExceptChange
{
    private readonly ExceptNode _except;
    private readonly Node[] _keys;
    private readonly Node[] _lastKeys; // of the updates after the first, whose keys are _keys
    private readonly Node[] _images;

    private ExceptChange(ExceptNode except)
    {
        _except = except;
        var updates = except.Updates;
        _keys = Wrap(updates[0].Keys.Length, i => updates[0].Keys[i]);
        _lastKeys = Wrap(updates.Count - 1, u => updates[u + 1].Keys[^1]);
        _images = Wrap(updates.Count, u => updates[u].Value);
    }

    /// <summary>
    /// The change when <paramref name="value"/> is <c>[x EXCEPT ![k]...[l] = e]</c>, or a run of such
    /// updates, for the variable <paramref name="variable"/> itself; otherwise null.
    /// </summary>
    public static ExceptChange? Of(int variable, Node value) =>
        value is ExceptNode { Function: StateVariableNode v } except && v.Index == variable
        && except.Updates is [{ Keys.Length: <= ImageChange.MaxDepth } first, ..] && first.Run == except.Updates.Count
        && except.Updates.Count <= ImageChange.MaxPerVariable
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

    private static Node[] Wrap(int count, Func<int, Node> node)
    {
        var nodes = new Node[count];
        for (var i = 0; i < count; i++)
        {
            nodes[i] = EmittedNode.Wrap(node(i));
        }

        return nodes;
    }

    private void Assign(EvalContext ctx, int variable, FunctionValue f, ReadOnlySpan<Value> keys)
    {
        // The path to the function whose images change: every key but the last.
        ulong path = 0;
        Value current = f;
        var last = keys.Length - 1;
        for (var level = 0; level <= last; level++)
        {
            // Why not a function defined by a rule: building it may fail, and must then fail as the EXCEPT does.
            // Why not a function too large for 16-bit positions: it is changed whole.
            if (current is not FunctionValue function || function is LazyFunctionValue || function.Count > ImageChange.MaxPosition + 1)
            {
                ctx.SetNext(variable, _except.EvalWithKeys(ctx, f, keys.ToArray()));
                return;
            }

            if (level == last)
            {
                ctx.SetNext(variable, Changes(ctx, variable, f, function, path, keys[last]));
                return;
            }

            var position = function.PositionOf(keys[level]);
            if (position < 0)
            {
                // TLC leaves a function unchanged when the EXCEPT key lies outside its domain.
                ctx.SetNext(variable, f);
                return;
            }

            path = ImageChange.Extend(path, level, position);
            current = function.ValueAt(position);
        }
    }

    /// <summary>
    /// The stand-in for <paramref name="f"/> with, for each update, the image of its last key in
    /// <paramref name="changed"/> (at <paramref name="path"/>) replaced; <paramref name="f"/> itself
    /// when no last key is in the domain.
    /// </summary>
    private Value Changes(EvalContext ctx, int variable, FunctionValue f, FunctionValue changed, ulong path, Value firstKey)
    {
        var depth = _keys.Length;
        DeferredExcept? deferred = null;
        for (var u = 0; u < _images.Length; u++)
        {
            // Why every old image from the unchanged function: the run's fields are distinct, as in ExceptNode.UpdateRun.
            var position = changed.PositionOf(u == 0 ? firstKey : _lastKeys[u - 1].Eval(ctx));
            if (position < 0)
            {
                continue;
            }

            var image = _except.EvalAt(ctx, changed.ValueAt(position), _images[u]);
            deferred ??= ctx.Defer(variable, f);
            deferred.Add(new ImageChange(variable, ImageChange.Extend(path, depth - 1, position), depth, image));
        }

        return deferred ?? (Value)f;
    }
}
