using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>Bounded <c>\A</c> and <c>\E</c>, short-circuit.</summary>
internal sealed class QuantifierNode(SourceSpan span, bool isForAll, BoundVariable[] variables, Node body) : Node(span)
{
    /// <summary>True for \A.</summary>
    public bool IsForAll { get; } = isForAll;

    /// <summary>The bound variables.</summary>
    public BoundVariable[] Variables { get; } = variables;

    /// <summary>The body.</summary>
    public Node Body { get; } = body;

    /// <inheritdoc />
    public override Value Eval(EvalContext ctx)
    {
        if (Variables is [{ IsTuple: false } only])
        {
            // Why a loop of its own: \A x \in S is the common form (TypeOK), and it needs no visitor.
            var frame = ctx.Frame;
            var domain = only.Domain.Eval(ctx);
            if (domain is IntervalSet { Count: <= int.MaxValue / 2 } interval)
            {
                // Why apart: \A i \in 1..N is the common domain, and walking the bounds needs
                // neither the interval's element array nor its enumeration.
                // Why by count: i <= High never fails when High is long.MaxValue.
                var count = interval.Count;
                for (var k = 0L; k < count; k++)
                {
                    only.Bind(frame, IntValue.Of(interval.Low + k));
                    if (Body.EvalBool(ctx) != IsForAll)
                    {
                        return BoolValue.Of(!IsForAll);
                    }
                }

                return BoolValue.Of(IsForAll);
            }

            foreach (var e in only.Domain.ElementsOf(ctx, domain))
            {
                only.Bind(frame, e);
                if (Body.EvalBool(ctx) != IsForAll)
                {
                    return BoolValue.Of(!IsForAll);
                }
            }

            return BoolValue.Of(IsForAll);
        }

        var visitor = new Visitor(this);
        var completed = Bindings.ForEach(ctx, Variables, visitor);

        // \A holds when no binding stopped it; \E holds when one did.
        return BoolValue.Of(IsForAll ? completed : !completed);
    }

    private sealed class Visitor(QuantifierNode node) : IBindingVisitor
    {
        public bool Visit(EvalContext ctx) => node.Body.EvalBool(ctx) == node.IsForAll;
    }
}
