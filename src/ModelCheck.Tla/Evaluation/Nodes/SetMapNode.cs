using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>{e : x \in S, y \in T}</c>.</summary>
internal sealed class SetMapNode(SourceSpan span, BoundVariable[] variables, Node body) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        var visitor = new Visitor(body);
        Bindings.ForEach(ctx, variables, visitor);
        // Why caught here: sorting compares the elements, and comparing sets that hold infinite
        // ones fails; the error belongs to this expression.
        try
        {
            return EnumeratedSet.FromList(visitor.Values);
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<Value>(Span, e.Message);
        }
    }

    private sealed class Visitor(Node body) : IBindingVisitor
    {
        public List<Value> Values { get; } = [];

        public bool Visit(EvalContext ctx)
        {
            Values.Add(body.Eval(ctx));
            return true;
        }
    }
}
