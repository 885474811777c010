using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>
/// <c>[f EXCEPT ![a].b = e, ...]</c>. Each update walks its path; <c>@</c> is the old value at the path,
/// held in a slot of the current frame while the new value is evaluated.
/// </summary>
internal sealed class ExceptNode(SourceSpan span, Node function, ExceptPath[] updates, int atSlot) : Node(span)
{
    /// <summary>The function updated.</summary>
    public Node Function => function;

    /// <summary>The updates, applied in order.</summary>
    public IReadOnlyList<ExceptPath> Updates => updates;

    /// <summary>The slot of the current frame that holds <c>@</c>.</summary>
    public int AtSlot => atSlot;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        try
        {
            return Apply(ctx);
        }
        catch (ValueException e)
        {
            // Why here: changing a function defined by a rule builds it first, which can fail (an
            // infinite domain); without a location the error was reported at the configuration's NEXT.
            return EvalErrors.Throw<Value>(Span, e.Message);
        }
    }

    /// <summary>
    /// The value of an EXCEPT of one update or one run of updates (see <see cref="ExceptPath.Run"/>),
    /// whose first update's keys are evaluated already, as <see cref="Eval"/> gives it: for a caller
    /// that evaluated them and found it cannot go on alone.
    /// </summary>
    public Value EvalWithKeys(EvalContext ctx, Value function, Value[] keys)
    {
        System.Diagnostics.Debug.Assert(updates[0].Run == updates.Length && updates[0].Keys.Length == keys.Length, "one update or one run, the first keys evaluated");
        try
        {
            return updates.Length == 1 ? Update(ctx, function, keys, 0, updates[0].Value) : UpdateRun(ctx, function, keys, 0, 0);
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<Value>(Span, e.Message);
        }
    }

    private Value Apply(EvalContext ctx)
    {
        var result = function.Eval(ctx);
        for (var u = 0; u < updates.Length; u++)
        {
            var update = updates[u];
            if (update.Keys.Length == 1)
            {
                // Why: ![i] = e is the common form; it needs no key array.
                result = UpdateOne(ctx, result, update.Keys[0].Eval(ctx), update.Value);
                continue;
            }

            var keys = ctx.RentKeys(update.Keys.Length);
            try
            {
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] = update.Keys[i].Eval(ctx);
                }

                if (update.Run == 1)
                {
                    result = Update(ctx, result, keys, 0, update.Value);
                }
                else
                {
                    result = UpdateRun(ctx, result, keys, 0, u);
                    u += update.Run - 1;
                }
            }
            finally
            {
                ctx.ReturnKeys(keys);
            }
        }

        return result;
    }

    private Value Update(EvalContext ctx, Value current, Value[] keys, int depth, Node value)
    {
        if (depth == keys.Length)
        {
            return EvalAt(ctx, current, value);
        }

        var f = AsFunction(current);
        var inner = f.TryApply(keys[depth]);
        if (inner is null)
        {
            // TLC leaves a function unchanged when the EXCEPT key lies outside its domain.
            return f;
        }

        return f.Except(keys[depth], Update(ctx, inner, keys, depth + 1, value));
    }

    /// <summary>
    /// Applies the run of updates starting at <paramref name="first"/> (see <see cref="ExceptPath.Run"/>),
    /// whose paths are <paramref name="keys"/> but for the last field: the functions on the way are
    /// copied once, and the fields changed in order, each new value seeing the old one as <c>@</c>.
    /// </summary>
    private Value UpdateRun(EvalContext ctx, Value current, Value[] keys, int depth, int first)
    {
        var f = AsFunction(current);
        if (depth < keys.Length - 1)
        {
            var inner = f.TryApply(keys[depth]);
            return inner is null ? f : f.Except(keys[depth], UpdateRun(ctx, inner, keys, depth + 1, first));
        }

        // Why every old value from f: the fields are distinct, so each is as the earlier updates left it.
        var end = first + updates[first].Run;
        if (f is RecordValue record)
        {
            return UpdateFields(ctx, record, keys[depth], depth, first, end);
        }

        var result = f;
        for (var i = first; i < end; i++)
        {
            var key = i == first ? keys[depth] : updates[i].Keys[depth].Eval(ctx);
            var old = f.TryApply(key);
            if (old is not null)
            {
                result = result.Except(key, EvalAt(ctx, old, updates[i].Value));
            }
        }

        return result;
    }

    /// <summary>The last step of a run on a record: every field of updates <paramref name="first"/> to <paramref name="end"/> - 1 changed at once.</summary>
    /// <remarks>
    /// Why at once: each change copied the record again (three times per Phase2b step of
    /// PaxosCommit). Why records only: changing a record cannot fail or evaluate anything, so
    /// setting the fields after all the new values are evaluated is not observable; a function
    /// defined by a rule (a recursive function) may have to be built to be changed, and that must
    /// happen between the new values, as before.
    /// </remarks>
    private RecordValue UpdateFields(EvalContext ctx, RecordValue record, Value firstField, int depth, int first, int end)
    {
        var fields = ctx.RentKeys(end - first);
        var values = ctx.RentKeys(end - first);
        try
        {
            var changed = 0;
            for (var i = first; i < end; i++)
            {
                var key = i == first ? firstField : updates[i].Keys[depth].Eval(ctx);
                var old = record.TryApply(key);
                if (old is not null)
                {
                    fields[changed] = key;
                    values[changed] = EvalAt(ctx, old, updates[i].Value);
                    changed++;
                }
            }

            return record.ExceptAll(fields.AsSpan(0, changed), values.AsSpan(0, changed));
        }
        finally
        {
            ctx.ReturnKeys(values);
            ctx.ReturnKeys(fields);
        }
    }

    private Value UpdateOne(EvalContext ctx, Value current, Value key, Node value)
    {
        var f = AsFunction(current);
        var inner = f.TryApply(key);
        return inner is null ? f : f.Except(key, EvalAt(ctx, inner, value));
    }

    /// <summary>
    /// <paramref name="value"/>, one of this EXCEPT's new values, evaluated with <c>@</c> standing
    /// for <paramref name="current"/>, the image it replaces.
    /// </summary>
    public Value EvalAt(EvalContext ctx, Value current, Node value)
    {
        var frame = ctx.Frame;
        var saved = frame.Slots[atSlot].Value;
        frame.Slots[atSlot].Value = current;
        try
        {
            return value.Eval(ctx);
        }
        finally
        {
            frame.Slots[atSlot].Value = saved;
        }
    }

    private FunctionValue AsFunction(Value current) =>
        current as FunctionValue ?? EvalErrors.Throw<FunctionValue>(Span, $"EXCEPT applied to {Describe(current)}, which is not a function");
}
