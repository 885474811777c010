using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary><c>[x \in S |-&gt; e]</c>, and with several bound variables, the function on tuples.</summary>
internal sealed class FunctionNode(SourceSpan span, BoundVariable[] variables, Node body) : Node(span)
{
    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        if (variables.Length == 1)
        {
            var variable = variables[0];
            var domain = variable.Domain.EvalSet(ctx);
            var keys = variable.Domain.EvalElements(ctx);
            var frame = ctx.Frame;
            var values = new Value[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                variable.Bind(frame, keys[i]);
                values[i] = body.Eval(ctx);
            }

            return MapValue.Create(domain.Enumerate(), values);
        }

        var visitor = new Visitor(variables, body);
        Bindings.ForEach(ctx, variables, visitor);
        var tupleKeys = visitor.Keys.ToArray();
        var images = visitor.Values.ToArray();
        ValueComparer.Sort(tupleKeys, images);
        return MapValue.Create(EnumeratedSet.FromSorted(tupleKeys), images);
    }

    private sealed class Visitor(BoundVariable[] variables, Node body) : IBindingVisitor
    {
        public List<Value> Keys { get; } = [];

        public List<Value> Values { get; } = [];

        public bool Visit(EvalContext ctx)
        {
            var key = new Value[variables.Length];
            for (var i = 0; i < key.Length; i++)
            {
                key[i] = ctx.Frame.Slots[variables[i].Slots[0]].Value!;
            }

            Keys.Add(new TupleValue(key));
            Values.Add(body.Eval(ctx));
            return true;
        }
    }
}
