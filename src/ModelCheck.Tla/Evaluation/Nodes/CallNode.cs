using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>Application of a user-defined operator: arguments evaluated in the caller, body in a new frame.</summary>
internal sealed class CallNode(SourceSpan span, CompiledOperator op, Node[] args, int hops) : Node(span)
{
    /// <summary>The operator called.</summary>
    public CompiledOperator Operator { get; } = op;

    /// <summary>The argument expressions.</summary>
    public Node[] Args { get; } = args;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var body = Operator.GetEvalBody();
        if (Operator.FrameSize == 0 && Operator.IsModuleLevel)
        {
            return ctx.EvalCall(Span, ctx.Frame, body);
        }

        var frame = Enter(ctx, Operator, Args, hops);
        var result = ctx.EvalCall(Span, frame, body);
        if (Operator.FramesStayLocal)
        {
            ctx.ReturnFrame(frame);
        }

        return result;
    }

    /// <summary>Builds the callee's frame with the evaluated arguments.</summary>
    public static Frame Enter(EvalContext ctx, CompiledOperator op, Node[] args, int hops)
    {
        var parent = op.IsModuleLevel ? EvalContext.RootFrame : ctx.Frame.Up(hops);
        var frame = op.FramesStayLocal ? ctx.RentFrame(op.FrameSize, parent) : new Frame(op.FrameSize, parent);
        for (var i = 0; i < args.Length; i++)
        {
            frame.Slots[i].Value = args[i].Eval(ctx);
        }

        return frame;
    }
}
