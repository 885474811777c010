using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>The end of an enumeration: every variable must have a value; the state goes to the sink.</summary>
internal sealed class EmitContinuation(ModelCheck.Engine.Model.ISuccessorSink sink, string[] variableNames, SourceSpan actionSpan) : Continuation
{
    private readonly Value[] _buffer = new Value[variableNames.Length];

    /// <inheritdoc />
    public override void Run(EvalContext ctx)
    {
        var next = ctx.Next;

        // Why a span: stores into the Value[] would check each element's type.
        Span<Value> buffer = _buffer;
        for (var i = 0; i < next.Length; i++)
        {
            buffer[i] = next[i] ?? Incomplete(i);
        }

        sink.Add(_buffer);
    }

    private Value Incomplete(int i) =>
        EvalErrors.Throw<Value>(actionSpan, $"the state is not completely specified: the action gives no value to {variableNames[i]}");
}
