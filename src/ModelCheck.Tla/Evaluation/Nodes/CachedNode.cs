using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>
/// A constant-level expression (a module-level definition that reads no variable): evaluated once.
/// Why benign races: evaluation is deterministic, so two workers computing it store equal values.
/// </summary>
internal sealed class CachedNode(SourceSpan span, Node body) : Node(span)
{
    private Value? _value;

    /// <summary>The expression evaluated once.</summary>
    public Node Body => body;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var value = Volatile.Read(ref _value);
        if (value is null)
        {
            value = ctx.EvalIn(EvalContext.RootFrame, body);
            Volatile.Write(ref _value, value);
        }

        return value;
    }
}
