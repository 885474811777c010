using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>r.field</c>.</summary>
internal sealed class FieldNode(SourceSpan span, Node record, string field) : Node(span)
{
    private readonly StringValue _key = StringValue.Of(field);
    private readonly FieldLookup _lookup = new(field);

    /// <summary>The record.</summary>
    public Node Record => record;

    /// <summary>The field's name.</summary>
    public string Field => _key.Value;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var r = record.Eval(ctx);
        return Select(r) ?? (r is FunctionValue ? Missing(r) : EvalErrors.Throw<Value>(Span, $"cannot select field {field} of {Describe(r)}, which is not a record"));
    }

    /// <summary>The field of <paramref name="r"/>, or null when r has no such field or is not a function.</summary>
    public Value? Select(Value r) => r switch
    {
        RecordValue rec => _lookup.Find(rec),
        FunctionValue f => ApplyToName(f),
        _ => null,
    };

    // Why caught here: a function defined by a rule over integers tests the name against its domain,
    // which fails as in TLC; the error belongs to this selection.
    private Value? ApplyToName(FunctionValue f)
    {
        try
        {
            return f.TryApply(_key);
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<Value>(Span, e.Message);
        }
    }

    private Value Missing(Value r) => EvalErrors.Throw<Value>(Span, $"the record {Describe(r)} has no field {field}");
}
