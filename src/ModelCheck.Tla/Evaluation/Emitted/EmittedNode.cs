using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation.Nodes;

namespace ModelCheck.Tla.Evaluation.Emitted;

/// <summary>
/// An expression that is interpreted until it has been evaluated <see cref="Threshold"/> times and
/// then runs as IL emitted by <see cref="NodeEmitter"/>, falling back to the interpreter whenever the
/// emitted code bails out.
/// </summary>
/// <remarks>
/// Why a threshold: emitting and compiling a method costs about a millisecond, which only pays off
/// for expressions evaluated for many states (invariants, the right-hand sides of x' = e); most
/// definitions of a large spec run a few times or not at all.
/// </remarks>
internal sealed class EmittedNode : Node
{
    /// <summary>Evaluations by the interpreter before the expression is emitted.</summary>
    public const int Threshold = 200;

    private readonly Node _original;
    private Func<EvalContext, Value?>? _code;
    private int _calls;

    private EmittedNode(Node original)
        : base(original.Span)
    {
        _original = original;
    }

    /// <summary>The expression as compiled, for analyses that look at node kinds.</summary>
    public Node Original => _original;

    /// <summary>
    /// Wraps <paramref name="node"/> when the emitter handles all of it and it does some work (not a
    /// lone constant or variable); otherwise returns it unchanged.
    /// </summary>
    public static Node Wrap(Node node) =>
        node is ConstantNode or CachedNode or StateVariableNode or LocalNode or EmittedNode || !NodeEmitter.CanEmit(node, NodeEmitter.MaxNodes)
            ? node
            : new EmittedNode(node);

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var code = Volatile.Read(ref _code);
        if (code is not null)
        {
            return code(ctx) ?? _original.Eval(ctx);
        }

        if (Interlocked.Increment(ref _calls) == Threshold)
        {
            // Why one thread only: the count reaches the threshold exactly once.
            Volatile.Write(ref _code, NodeEmitter.TryEmit(_original));
        }

        return _original.Eval(ctx);
    }
}
