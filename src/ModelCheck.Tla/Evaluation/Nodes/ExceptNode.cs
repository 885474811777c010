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
        var result = function.Eval(ctx);
        foreach (var update in updates)
        {
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

                result = Update(ctx, result, keys, 0, update.Value);
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

    private Value UpdateOne(EvalContext ctx, Value current, Value key, Node value)
    {
        var f = AsFunction(current);
        var inner = f.TryApply(key);
        return inner is null ? f : f.Except(key, EvalAt(ctx, inner, value));
    }

    private Value EvalAt(EvalContext ctx, Value current, Node value)
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
