using System.Globalization;
using System.Runtime.CompilerServices;
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

    // Why apart: x \in {a, b} with elements read from the state (DnsRace's p \in {active, rollback},
    // for every plan of every cleanup) built, sorted and dropped a set per test. The elements are
    // evaluated in order, as for the set; when all are plain values (integers, strings, booleans,
    // model values) the set's test is one equality per element, and sorting them cannot fail;
    // otherwise the set is built as before.
    private readonly SetEnumNode? _enumeration = set is SetEnumNode { Items.Count: > 0 and <= MaxEnumerated } s ? s : null;

    // Why apart: f \in [D -> a..b] with bounds read from the state (TypeOK's holding \in
    // [Enactors -> 0..newest]) built an interval and a function set per state to ask it. The domain
    // and the bounds are evaluated in the same order, with the same errors, and the test is the
    // function set's: a function (else TLC's error), the same keys as D, then every value in the
    // interval as IntervalSet.Contains tests it.
    private readonly FunctionSetNode? _functions = set is FunctionSetNode { Range: IntBinaryNode { Operator: IntOperator.Range } } f ? f : null;

    // Why a probe: [type |-> "2b", bal |-> b, ...] \in msgs is how message-passing specs ask whether
    // a message was sent, many times per state (PaxosCommit's Decide), and building the record to ask
    // allocated two objects each time. The fields go into one record per worker that is overwritten
    // for each test; sets whose test only compares (enumerated and record sets) are given it, others a copy.
    private readonly RecordNode? _record = probeSlot >= 0 ? element as RecordNode : null;

    /// <summary>
    /// The most elements of a set enumeration tested without building it. Why 8: the worker keeps
    /// spare arrays for the values up to that length (see <see cref="EvalContext.RentKeys"/>).
    /// </summary>
    private const int MaxEnumerated = 8;

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
            return e is IntValue i ? BoolValue.Of((i.Value >= low && i.Value <= high) != Negate) : TestNonInteger(low, high, e);
        }

        if (_enumeration is { } enumeration)
        {
            return TestEnumerated(ctx, enumeration, e);
        }

        if (_functions is { } functions)
        {
            return TestFunctions(ctx, functions, e);
        }

        var set = Set.EvalSet(ctx);
        if (set is IntervalSet interval && e is IntValue)
        {
            // Why apart: a constant interval (0..K-1, hoisted out of the expression) is the common
            // set in TypeOK, and its test of an integer cannot fail, so it needs no exception handler.
            return BoolValue.Of(interval.Contains(e) != Negate);
        }

        return Test(set, e);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value TestNonInteger(long low, long high, Value e)
    {
        try
        {
            return BoolValue.Of(IntervalSet.HoldsNonInteger(low, high, e) != Negate);
        }
        catch (ValueException x)
        {
            return EvalErrors.Throw<Value>(Span, x.Message);
        }
    }

    private Value TestEnumerated(EvalContext ctx, SetEnumNode enumeration, Value e)
    {
        var items = enumeration.Items;
        var values = ctx.RentKeys(items.Count);
        try
        {
            var plain = true;
            for (var i = 0; i < values.Length; i++)
            {
                var v = items[i].Eval(ctx);
                values[i] = v;
                plain &= v is IntValue or StringValue or BoolValue or ModelValue;
            }

            if (!plain)
            {
                return Test(BuildEnumerated(enumeration, values), e);
            }

            var found = false;
            for (var i = 0; i < values.Length && !found; i++)
            {
                found = values[i].Equals(e);
            }

            return BoolValue.Of(found != Negate);
        }
        finally
        {
            ctx.ReturnKeys(values);
        }
    }

    // As SetEnumNode builds it, with its errors at its place.
    private static EnumeratedSet BuildEnumerated(SetEnumNode enumeration, Value[] values)
    {
        try
        {
            return EnumeratedSet.FromUnsorted([.. values]);
        }
        catch (ValueException x)
        {
            return EvalErrors.Throw<EnumeratedSet>(enumeration.Span, x.Message);
        }
    }

    private Value TestFunctions(EvalContext ctx, FunctionSetNode functions, Value e)
    {
        var domain = functions.Domain.EvalSet(ctx);
        var range = (IntBinaryNode)functions.Range;
        var low = range.Left.EvalInt(ctx);
        var high = range.Right.EvalInt(ctx);
        try
        {
            return BoolValue.Of(IsFunctionInto(e, domain, low, high) != Negate);
        }
        catch (ValueException x)
        {
            return EvalErrors.Throw<Value>(Span, x.Message);
        }
    }

    // FunctionSetValue.Contains with an interval for the range.
    private static bool IsFunctionInto(Value e, SetValue domainSet, long low, long high)
    {
        if (e is not FunctionValue f)
        {
            return FunctionSetValue.HoldsNonFunction(e, string.Create(CultureInfo.InvariantCulture, $"[{domainSet.Describe()} -> {low}..{high}]"));
        }

        if (!FunctionSetValue.HasDomain(f, domainSet))
        {
            return false;
        }

        for (int i = 0, n = f.Count; i < n; i++)
        {
            var value = f.ValueAt(i);
            if (value is IntValue v ? v.Value < low || v.Value > high : !IntervalSet.HoldsNonInteger(low, high, value))
            {
                return false;
            }
        }

        return true;
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
