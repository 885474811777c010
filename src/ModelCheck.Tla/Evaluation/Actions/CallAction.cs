using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>
/// A user-defined operator used as an action. The outermost such call labels the step
/// (<c>Apply(e1)</c>) unless the operator only dispatches to other actions.
/// </summary>
internal sealed class CallAction(SourceSpan span, CompiledOperator op, Node[] args, int hops, bool initial, bool labels) : ActionNode(span)
{
    /// <inheritdoc />
    public override void Enumerate(EvalContext ctx, Continuation next)
    {
        // Why the stack and not EnterCall's count: the rest of the step (later conjuncts, every
        // step of a \A, the sink and the invariants it checks) runs inside this call, so a count
        // would grow with \A i \in 1..5000 : Ok(i) as with recursion. Only an action that calls
        // itself without end can use the stack up here.
        EvalContext.EnsureStack(Span);
        var body = op.GetActionBody(initial);
        var entered = op.FrameSize != 0 || !op.IsModuleLevel;
        var frame = entered ? Nodes.CallNode.Enter(ctx, op, args, hops) : ctx.Frame;
        var saved = ctx.Frame;
        var (savedName, savedFrame, savedArity) = (ctx.ActionName, ctx.ActionFrame, ctx.ActionArity);
        var labelling = labels && ctx.ActionDepth == 0;
        if (labelling)
        {
            ctx.ActionName = op.Name;
            ctx.ActionFrame = frame;
            ctx.ActionArity = args.Length;
        }

        if (labels)
        {
            ctx.ActionDepth++;
        }

        ctx.Frame = frame;
        try
        {
            body.Enumerate(ctx, next);
        }
        finally
        {
            ctx.Frame = saved;
            if (labels)
            {
                ctx.ActionDepth--;
            }

            (ctx.ActionName, ctx.ActionFrame, ctx.ActionArity) = (savedName, savedFrame, savedArity);
        }

        // Not in the finally: a frame left behind by an error is simply not reused.
        if (entered && op.FramesStayLocal)
        {
            ctx.ReturnFrame(frame);
        }
    }
}
