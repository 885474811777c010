using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>a \in S</c> or <c>a \notin S</c>, without enumerating lazy sets.</summary>
internal sealed class MembershipNode(SourceSpan span, Node element, Node set, bool negate, int probeSlot = -1) : Node(span)
{
    /// <summary>The element.</summary>
    public Node Element { get; } = element;

    /// <summary>The set.</summary>
    public Node Set { get; } = set;

    /// <summary>True for <c>\notin</c>.</summary>
    public bool Negate { get; } = negate;

    // Why apart: x \in a..b with bounds read from the state (TypeOK's 0..newest) is common, and
    // building the interval to ask it allocated a set per check; the bounds are compared directly,
    // evaluated in the same order and with the same errors as the interval's.
    private readonly IntBinaryNode? _range = set as IntBinaryNode is { Operator: IntOperator.Range } r ? r : null;

    // Why a probe: [type |-> "2b", bal |-> b, ...] \in msgs is how message-passing specs ask whether
    // a message was sent, many times per state (PaxosCommit's Decide), and building the record to ask
    // allocated two objects each time. The fields go into one record per worker that is overwritten
    // for each test; sets whose test only compares (enumerated and record sets) are given it, others a copy.
    private readonly RecordNode? _record = probeSlot >= 0 ? element as RecordNode : null;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        if (_record is { } record)
        {
            return EvalRecord(ctx, record);
        }

        var e = Element.Eval(ctx);
        if (_range is { } range)
        {
            var low = range.Left.EvalInt(ctx);
            var high = range.Right.EvalInt(ctx);
            return BoolValue.Of((e is IntValue i && i.Value >= low && i.Value <= high) != Negate);
        }

        var set = Set.EvalSet(ctx);
        if (set is IntervalSet interval)
        {
            // Why apart: a constant interval (0..K-1, hoisted out of the expression) is the common
            // set in TypeOK, and its test cannot fail, so it needs no exception handler.
            return BoolValue.Of(interval.Contains(e) != Negate);
        }

        return Test(set, e);
    }

    private Value EvalRecord(EvalContext ctx, RecordNode record)
    {
        var probe = ctx.TakeProbe(probeSlot, record.Names);
        try
        {
            record.EvalInto(ctx, probe.Refill());
            var s = Set.EvalSet(ctx);
            return Test(s, s is EnumeratedSet or RecordSetValue ? probe : RecordValue.FromSorted(record.Names, probe.Refill().ToArray()));
        }
        finally
        {
            ctx.ReturnProbe(probeSlot, probe);
        }
    }

    private Value Test(SetValue s, Value e)
    {
        try
        {
            return BoolValue.Of(s.Contains(e) != Negate);
        }
        catch (ValueException x)
        {
            return EvalErrors.Throw<Value>(Span, x.Message);
        }
    }
}
