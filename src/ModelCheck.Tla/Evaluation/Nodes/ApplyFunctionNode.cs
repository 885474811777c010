using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>f[a]</c>, or <c>f[a, b]</c> applied to the tuple of the arguments.</summary>
internal sealed class ApplyFunctionNode(SourceSpan span, Node function, Node[] args) : Node(span)
{
    /// <summary>The function.</summary>
    public Node Function => function;

    /// <summary>The arguments.</summary>
    public IReadOnlyList<Node> Args => args;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var f = function.Eval(ctx);
        Value arg;
        if (args.Length == 1)
        {
            arg = args[0].Eval(ctx);
        }
        else
        {
            var items = new Value[args.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = args[i].Eval(ctx);
            }

            arg = new TupleValue(items);
        }

        return Apply(f, arg, Span);
    }

    /// <summary>Applies a function value, with TLC's error when the argument is outside the domain.</summary>
    public static Value Apply(Value f, Value arg, SourceSpan span)
    {
        // Why first: a tuple-valued variable applied to an index in range (pc[self], x[i]) is the
        // common case, and needs neither a virtual call nor an exception handler.
        if (f is TupleValue t && t.TryApply(arg) is { } item)
        {
            return item;
        }

        if (f is FunctionValue fn)
        {
            Value? result;
            try
            {
                result = fn.TryApply(arg);
            }
            catch (ValueException e)
            {
                return EvalErrors.Throw<Value>(span, e.Message);
            }

            return result ?? EvalErrors.Throw<Value>(span, $"attempted to apply function {Describe(f)} to argument {Describe(arg)}, which is not in its domain");
        }

        return EvalErrors.Throw<Value>(span, $"attempted to apply {Describe(f)}, which is not a function, to {Describe(arg)}");
    }
}
