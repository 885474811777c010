using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>Application of an operator parameter (<c>F(x)</c> where F is a parameter of arity 1).</summary>
internal sealed class ClosureCallNode(SourceSpan span, Node target, Node[] args) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        if (target.Eval(ctx) is not OperatorClosure closure)
        {
            return EvalErrors.Throw<Value>(Span, "expected an operator argument");
        }

        var op = closure.Operator;
        if (op.Arity != args.Length)
        {
            return EvalErrors.Throw<Value>(Span, $"operator {op.Name} takes {op.Arity} arguments, given {args.Length}");
        }

        // The body is compiled first: compiling fixes the frame size.
        var body = op.GetBody();
        var frame = new Frame(op.FrameSize, closure.Parent);
        for (var i = 0; i < args.Length; i++)
        {
            frame.Slots[i].Value = args[i].Eval(ctx);
        }

        return ctx.EvalCall(Span, frame, body);
    }

    /// <summary>Calls <paramref name="closure"/> with already evaluated arguments (used by built-ins such as SelectSeq, at <paramref name="span"/>).</summary>
    /// <remarks>Why counted as a call: a RECURSIVE operator passed to SelectSeq or SortSeq by name recurses through here with no CallNode on the cycle.</remarks>
    public static Value Invoke(EvalContext ctx, SourceSpan span, OperatorClosure closure, params Value[] args)
    {
        var op = closure.Operator;
        var body = op.GetBody();
        var frame = new Frame(op.FrameSize, closure.Parent);
        for (var i = 0; i < args.Length; i++)
        {
            frame.Slots[i].Value = args[i];
        }

        return ctx.EvalCall(span, frame, body);
    }
}
