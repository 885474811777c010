using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>The end of an enumeration: every variable must have a value; the state goes to the sink.</summary>
internal sealed class EmitContinuation(ISuccessorSink sink, string[] variableNames, SourceSpan actionSpan) : Continuation
{
    private readonly Value[] _buffer = new Value[variableNames.Length];
    private readonly ImageChange[] _changes = new ImageChange[variableNames.Length * ImageChange.MaxPerVariable];

    /// <summary>The sink as one that takes unbuilt EXCEPTs, or null: the worker defers only for such a sink.</summary>
    public IChangedSuccessorSink? ChangedSink { get; } = sink as IChangedSuccessorSink;

    /// <inheritdoc />
    public override void Run(EvalContext ctx)
    {
        var next = ctx.Next;

        // Why a span: stores into the Value[] would check each element's type.
        Span<Value> buffer = _buffer;
        var changes = 0;
        for (var i = 0; i < next.Length; i++)
        {
            var value = next[i] ?? Incomplete(i);
            if (value is DeferredExcept deferred)
            {
                buffer[i] = deferred.Function;

                // Why element by element: CopyTo of structs holding references is a call into the
                // runtime's bulk copy, which cost more than the one or three changes copied (5% of Grid).
                foreach (ref readonly var change in deferred.Changes)
                {
                    _changes[changes++] = change;
                }
            }
            else
            {
                buffer[i] = value;
            }
        }

        if (changes == 0)
        {
            sink.Add(_buffer);
        }
        else
        {
            ChangedSink!.AddChanged(_buffer, _changes.AsSpan(0, changes));
        }
    }

    private Value Incomplete(int i) =>
        EvalErrors.Throw<Value>(actionSpan, $"the state is not completely specified: the action gives no value to {variableNames[i]}");
}
