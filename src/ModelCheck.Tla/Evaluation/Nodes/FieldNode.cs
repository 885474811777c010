using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>r.field</c>.</summary>
internal sealed class FieldNode(SourceSpan span, Node record, string field) : Node(span)
{
    private readonly StringValue _key = new(field);
    private readonly FieldLookup _lookup = new(field);

    /// <summary>The record.</summary>
    public Node Record => record;

    /// <summary>The field name as a string value.</summary>
    public StringValue Key => _key;

    /// <summary>Finds the field in records, remembering where it is in each record shape.</summary>
    public FieldLookup Lookup => _lookup;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var r = record.Eval(ctx);
        if (r is RecordValue rec)
        {
            return _lookup.Find(rec) ?? Missing(r);
        }

        if (r is FunctionValue f)
        {
            return f.TryApply(_key) ?? Missing(r);
        }

        return EvalErrors.Throw<Value>(Span, $"cannot select field {field} of {Describe(r)}, which is not a record");
    }

    private Value Missing(Value r) => EvalErrors.Throw<Value>(Span, $"the record {Describe(r)} has no field {field}");
}
