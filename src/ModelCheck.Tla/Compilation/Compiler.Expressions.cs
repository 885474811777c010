using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Nodes;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>Expressions.</summary>
internal sealed partial class Compiler
{
    private readonly Dictionary<SubstitutionSymbol, Node> _substitutions = [];

    /// <summary>Compiles an expression in <paramref name="env"/>.</summary>
    public Node Compile(Expr expr, CompileEnv env)
    {
        if (env.Scope is not null && IsHoistable(expr, env))
        {
            // Why: a constant subexpression inside an operator body (1..N, a set of records) would
            // otherwise be rebuilt for every state; TLC precomputes such expressions too.
            return new CachedNode(expr.Span, CompileStandalone(expr, env.Module));
        }

        return CompileDirect(expr, env);
    }

    private Node CompileDirect(Expr expr, CompileEnv env)
    {
        switch (expr)
        {
            case NumberExpr n:
                return new ConstantNode(n.Span, IntValue.Of(n.Value));
            case StringExpr s:
                return new ConstantNode(s.Span, StringValue.Of(s.Value));
            case NameExpr n:
                return CompileName(n.Span, n.Name, [], env);
            case ApplyExpr a:
                return CompileName(a.Span, a.Operator, a.Args, env);
            case QualifiedExpr q:
                return CompileQualified(q, env, action: false, initial: false) as Node ?? throw new InvalidOperationException();
            case LambdaExpr l:
                return Fail<Node>(l.Span, "TLA0301", "LAMBDA may appear only as an argument of an operator that takes an operator");
            case FunctionApplyExpr f:
                return new ApplyFunctionNode(f.Span, Compile(f.Function, env), CompileAll(f.Args, env));
            case FieldExpr f:
                return new FieldNode(f.Span, Compile(f.Record, env), f.Field);
            case SetEnumExpr s:
                return new SetEnumNode(s.Span, CompileAll(s.Elements, env));
            case SetFilterExpr s:
            {
                var scope = new Scope(env.Scope);
                var bound = BindVariables([s.Binding], env, scope);
                return new SetFilterNode(s.Span, bound[0], Compile(s.Predicate, env.WithScope(scope)));
            }

            case SetMapExpr s:
            {
                var scope = new Scope(env.Scope);
                var bound = BindVariables(s.Bindings, env, scope);
                return new SetMapNode(s.Span, bound, Compile(s.Body, env.WithScope(scope)));
            }

            case FunctionExpr f:
            {
                var scope = new Scope(env.Scope);
                var bound = BindVariables(f.Bindings, env, scope);
                return new FunctionNode(f.Span, bound, Compile(f.Body, env.WithScope(scope)));
            }

            case FunctionSetExpr f:
                return new FunctionSetNode(f.Span, Compile(f.Domain, env), Compile(f.Range, env));
            case RecordExpr r:
                return new RecordNode(r.Span, [.. r.Fields.Select(x => x.Name)], [.. r.Fields.Select(x => Compile(x.Value, env))]);
            case RecordSetExpr r:
                return new RecordSetNode(r.Span, [.. r.Fields.Select(x => x.Name)], [.. r.Fields.Select(x => Compile(x.Value, env))]);
            case TupleExpr t:
                return new TupleNode(t.Span, CompileAll(t.Elements, env));
            case ExceptExpr x:
                return CompileExcept(x, env);
            case AtExpr at:
                if (env.At is null)
                {
                    return Fail<Node>(at.Span, "TLA0302", "@ may appear only in the new value of an EXCEPT");
                }

                return new LocalNode(at.Span, env.Layout.Depth - env.At.Owner.Depth, env.At.Slot, "@");
            case QuantifierExpr q:
            {
                var scope = new Scope(env.Scope);
                var bound = BindVariables(q.Bindings, env, scope);
                return new QuantifierNode(q.Span, q.IsForAll, bound, Compile(q.Body, env.WithScope(scope)));
            }

            case UnboundedQuantifierExpr u:
                return Fail<Node>(u.Span, "TLC0301", "TLC cannot evaluate an unbounded quantifier; bound it with \\in");
            case ChooseExpr c:
            {
                if (c.Binding.Domain is null)
                {
                    return Fail<Node>(c.Span, "TLC0302", "TLC cannot evaluate an unbounded CHOOSE; bound it with \\in");
                }

                var scope = new Scope(env.Scope);
                var bound = BindVariables([c.Binding], env, scope);
                return new ChooseNode(c.Span, bound[0], Compile(c.Predicate, env.WithScope(scope)));
            }

            case IfExpr i:
                return new IfNode(i.Span, Compile(i.Condition, env), Compile(i.Then, env), Compile(i.Else, env));
            case CaseExpr c:
                return new CaseNode(
                    c.Span,
                    [.. c.Arms.Select(a => Compile(a.Guard, env))],
                    [.. c.Arms.Select(a => Compile(a.Value, env))],
                    c.Other is null ? null : Compile(c.Other, env));
            case LetExpr l:
            {
                var (inner, cacheSlots) = CompileLet(l.Definitions, env);
                return new LetNode(l.Span, cacheSlots, Compile(l.Body, inner));
            }

            case JunctionExpr j:
                return j.IsConjunction ? new AndNode(j.Span, CompileAll(j.Items, env)) : new OrNode(j.Span, CompileAll(j.Items, env));
            case PrimeExpr p:
                return Prime(p.Span, Compile(p.Operand, env));
            case UnchangedExpr u:
            {
                var node = Compile(u.Operand, env);
                return new EqualsNode(u.Span, Prime(u.Span, node), node, negate: false);
            }

            case ActionExpr a:
            {
                var action = Compile(a.Action, env);
                var sub = Compile(a.Subscript, env);
                return a.IsBox
                    ? new OrNode(a.Span, [action, new EqualsNode(a.Span, Prime(a.Span, sub), sub, negate: false)])
                    : new AndNode(a.Span, [action, new EqualsNode(a.Span, Prime(a.Span, sub), sub, negate: true)]);
            }

            case FairnessExpr or TemporalExpr:
                return Fail<Node>(expr.Span, "TLC0303", "a temporal formula cannot be evaluated on a single state or step; use it as a PROPERTY");
            default:
                return Fail<Node>(expr.Span, "TLA0399", $"unsupported expression {expr.GetType().Name}");
        }
    }

    private static Node Prime(SourceSpan span, Node node) => node switch
    {
        StateVariableNode v => new PrimedVariableNode(span, v.Index, v.Name),
        ConstantNode c => c,
        _ => new PrimeNode(span, node),
    };

    private Node[] CompileAll(ImmutableArray<Expr> exprs, CompileEnv env)
    {
        var nodes = new Node[exprs.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = Compile(exprs[i], env);
        }

        return nodes;
    }

    /// <summary>Allocates slots for bound variables in the current frame and binds their names in <paramref name="scope"/>; domains are compiled outside it.</summary>
    private BoundVariable[] BindVariables(ImmutableArray<Binding> bindings, CompileEnv env, Scope scope)
    {
        var result = new List<BoundVariable>();
        foreach (var b in bindings)
        {
            if (b.Domain is null)
            {
                Fail(b.Span, "TLC0302", "TLC cannot enumerate an unbounded variable; bound it with \\in");
            }

            var domain = Compile(b.Domain, env);
            if (b.IsTuple)
            {
                var slots = new int[b.Names.Length];
                for (var i = 0; i < slots.Length; i++)
                {
                    slots[i] = env.Layout.Allocate();
                    scope.Add(b.Names[i], new SlotBinding(env.Layout, slots[i]));
                }

                result.Add(new BoundVariable(b.Span, slots, domain) { IsTuple = true });
            }
            else
            {
                foreach (var name in b.Names)
                {
                    var slot = env.Layout.Allocate();
                    scope.Add(name, new SlotBinding(env.Layout, slot));
                    result.Add(new BoundVariable(b.Span, [slot], domain));
                }
            }
        }

        return [.. result];
    }

    private Node CompileExcept(ExceptExpr x, CompileEnv env)
    {
        var function = Compile(x.Function, env);
        var atSlot = env.Layout.Allocate();
        var valueEnv = env with { At = new SlotBinding(env.Layout, atSlot) };
        var keysOf = new Node[x.Updates.Length][];
        var lastFields = new string?[x.Updates.Length];
        var values = new Node[x.Updates.Length];
        for (var i = 0; i < keysOf.Length; i++)
        {
            var u = x.Updates[i];
            var keys = new Node[u.Path.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                var step = u.Path[k];
                keys[k] = step.Field is not null
                    ? new ConstantNode(x.Span, StringValue.Of(step.Field))
                    : step.Index.Length == 1 ? Compile(step.Index[0], env) : new TupleNode(x.Span, CompileAll(step.Index, env));
            }

            keysOf[i] = keys;
            lastFields[i] = u.Path[^1].Field;
            values[i] = Compile(u.Value, valueEnv);
        }

        var runs = ExceptRuns.Of(keysOf, lastFields);
        var updates = new ExceptPath[keysOf.Length];
        for (var i = 0; i < updates.Length; i++)
        {
            updates[i] = new ExceptPath(keysOf[i], values[i], runs[i]);
        }

        return new ExceptNode(x.Span, function, updates, atSlot);
    }

    /// <summary>
    /// Binds LET definitions: zero-parameter ones that read no primed variable are cached in a slot of
    /// the current frame; the others become operators with frames of their own.
    /// </summary>
    private (CompileEnv Env, int[] CacheSlots) CompileLet(ImmutableArray<Unit> definitions, CompileEnv env)
    {
        var scope = new Scope(env.Scope);
        var inner = env.WithScope(scope);
        var cacheSlots = new List<int>();
        var ops = new List<CompiledOperator>();

        // Why not cached: a cached definition's body is compiled before the LET's body, and a
        // zero-parameter RECURSIVE one (y == y + 1) would need its own body while compiling it.
        // As an operator each use is a call, and an endless recursion is reported as one.
        var recursive = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in definitions)
        {
            if (unit is RecursiveDecl r)
            {
                foreach (var o in r.Operators)
                {
                    recursive.Add(o.Name);
                }
            }
        }

        foreach (var unit in definitions)
        {
            switch (unit)
            {
                case OperatorDef d when d.Params.Length == 0 && !recursive.Contains(d.Name) && LevelOfExpr(d.Body, env.Module) <= 1:
                {
                    var slot = env.Layout.Allocate();
                    var op = new CompiledOperator(d.Name, 0, isModuleLevel: false) { BodyCompiler = () => Compile(d.Body, inner) };
                    op.ActionCompiler = initial => new Evaluation.Actions.GuardAction(d.Span, new LetValueNode(d.Span, 0, slot, op.GetBody()));
                    scope.Add(d.Name, new LetBinding(env.Layout, op, d, slot));
                    cacheSlots.Add(slot);
                    ops.Add(op);
                    break;
                }

                case OperatorDef d:
                {
                    var layout = new FrameLayout(env.Layout);
                    var paramScope = new Scope(scope);
                    foreach (var p in d.Params)
                    {
                        var slot = layout.Allocate();
                        paramScope.Add(p.Name, p.Arity > 0 ? new OperatorParameterBinding(layout, slot, p.Arity) : new SlotBinding(layout, slot));
                    }

                    var bodyEnv = new CompileEnv(env.Module, paramScope, layout, env.At);
                    // Why the same test as for module-level operators: a LET operator's frame links to
                    // the enclosing one, and may be reused once the call is over unless its body can
                    // leave something behind that reads it (PaxosCommit's Decided, called per state).
                    var op = new CompiledOperator(d.Name, d.Params.Length, isModuleLevel: false) { FramesStayLocal = !FrameMayEscape(d.Body, env.Module) };
                    op.BodyCompiler = () =>
                    {
                        var body = Compile(d.Body, bodyEnv);
                        op.FrameSize = Math.Max(op.FrameSize, layout.Size);
                        return body;
                    };
                    op.ActionCompiler = initial =>
                    {
                        var body = CompileAction(d.Body, bodyEnv, initial);
                        op.FrameSize = Math.Max(op.FrameSize, layout.Size);
                        return body;
                    };
                    scope.Add(d.Name, new LetBinding(env.Layout, op, d, -1));
                    break;
                }

                case FunctionDef f:
                {
                    var slot = env.Layout.Allocate();
                    var op = new CompiledOperator(f.Name, 0, isModuleLevel: false) { BodyCompiler = () => CompileFunctionDefinition(f, inner) };
                    op.ActionCompiler = initial => new Evaluation.Actions.GuardAction(f.Span, new LetValueNode(f.Span, 0, slot, op.GetBody()));
                    scope.Add(f.Name, new LetBinding(env.Layout, op, f, slot));
                    cacheSlots.Add(slot);
                    ops.Add(op);
                    break;
                }

                case RecursiveDecl:
                    break;
                default:
                    Fail(unit.Span, "TLA0303", "only definitions may appear in a LET");
                    break;
            }
        }

        // Why eagerly: cached bodies allocate slots in the enclosing frame, whose size must be final
        // before any frame of it is created.
        foreach (var op in ops)
        {
            op.GetBody();
        }

        return (inner, [.. cacheSlots]);
    }
}
