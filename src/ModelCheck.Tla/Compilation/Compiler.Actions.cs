using System.Collections.Immutable;
using ModelCheck.Tla.Evaluation.Actions;
using ModelCheck.Tla.Evaluation.Nodes;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>
/// Actions and initial predicates: compiled to nodes that enumerate assignments, as TLC does:
/// <c>x' = e</c> and <c>x' \in S</c> assign an unassigned variable, everything else is a guard.
/// In an initial predicate the same holds for unprimed variables.
/// </summary>
internal sealed partial class Compiler
{
    /// <summary>Compiles <paramref name="expr"/> as an action (or, with <paramref name="initial"/>, an initial predicate).</summary>
    public ActionNode CompileAction(Expr expr, CompileEnv env, bool initial)
    {
        switch (expr)
        {
            case JunctionExpr j:
            {
                var items = new ActionNode[j.Items.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = CompileAction(j.Items[i], env, initial);
                }

                return j.IsConjunction ? new ConjunctionAction(j.Span, items) : new DisjunctionAction(j.Span, items);
            }

            case ApplyExpr { Operator: "/\\" or "\\/", Args.Length: 2 } a when ResolveModuleSymbol(a.Operator, env.Module) is null:
            {
                ActionNode[] items = [CompileAction(a.Args[0], env, initial), CompileAction(a.Args[1], env, initial)];
                return a.Operator == "/\\" ? new ConjunctionAction(a.Span, items) : new DisjunctionAction(a.Span, items);
            }

            case QuantifierExpr { IsForAll: false } q:
            {
                var scope = new Scope(env.Scope);
                var bound = BindVariables(q.Bindings, env, scope);
                return new ExistsAction(q.Span, bound, CompileAction(q.Body, env.WithScope(scope), initial));
            }

            case QuantifierExpr { IsForAll: true } q:
            {
                var scope = new Scope(env.Scope);
                var bound = BindVariables(q.Bindings, env, scope);
                var body = CompileAction(q.Body, env.WithScope(scope), initial);
                for (var i = bound.Length - 1; i >= 0; i--)
                {
                    body = new ForAllAction(q.Span, bound[i], body);
                }

                return body;
            }

            case ApplyExpr { Operator: "=" or "\\in", Args.Length: 2 } a when env.Scope?.Find(a.Operator) is null:
            {
                var target = AssignmentTarget(a.Args[0], env, initial);
                if (target >= 0)
                {
                    var value = Compile(a.Args[1], env);
                    return a.Operator == "="
                        ? new AssignAction(a.Span, target, value)
                        : new MemberAssignAction(a.Span, target, value);
                }

                break;
            }

            case UnchangedExpr u when !initial:
            {
                var variables = new List<int>();
                if (CollectUnchanged(u.Operand, env, variables))
                {
                    return new UnchangedAction(u.Span, [.. variables]);
                }

                break;
            }

            case IfExpr i:
                return new IfAction(i.Span, Compile(i.Condition, env), CompileAction(i.Then, env, initial), CompileAction(i.Else, env, initial));
            case CaseExpr c:
                return new CaseAction(
                    c.Span,
                    [.. c.Arms.Select(a => Compile(a.Guard, env))],
                    [.. c.Arms.Select(a => CompileAction(a.Value, env, initial))],
                    c.Other is null ? null : CompileAction(c.Other, env, initial));
            case LetExpr l:
            {
                var (inner, cacheSlots) = CompileLet(l.Definitions, env);
                return new LetAction(l.Span, cacheSlots, CompileAction(l.Body, inner, initial));
            }

            case ActionExpr a when !initial:
            {
                var action = CompileAction(a.Action, env, initial);
                var sub = Compile(a.Subscript, env);
                if (a.IsBox)
                {
                    var variables = new List<int>();
                    ActionNode stutter = CollectUnchanged(a.Subscript, env, variables)
                        ? new UnchangedAction(a.Span, [.. variables])
                        : new GuardAction(a.Span, new EqualsNode(a.Span, Prime(a.Span, sub), sub, negate: false));
                    return new DisjunctionAction(a.Span, [action, stutter]);
                }

                return new ConjunctionAction(a.Span, [action, new GuardAction(a.Span, new EqualsNode(a.Span, Prime(a.Span, sub), sub, negate: true))]);
            }

            case QualifiedExpr q:
                return (ActionNode)CompileQualified(q, env, action: true, initial);
            case NameExpr or ApplyExpr:
            {
                var call = CompileActionCall(expr, env, initial);
                if (call is not null)
                {
                    return call;
                }

                break;
            }
        }

        return new GuardAction(expr.Span, Compile(expr, env));
    }

    /// <summary>A user-defined operator in action position, or null when the name is something else.</summary>
    private ActionNode? CompileActionCall(Expr expr, CompileEnv env, bool initial)
    {
        var (name, args) = expr switch
        {
            NameExpr n => (n.Name, ImmutableArray<Expr>.Empty),
            ApplyExpr a => (a.Operator, a.Args),
            _ => (string.Empty, ImmutableArray<Expr>.Empty),
        };

        var local = env.Scope?.Find(name);
        if (local is LetBinding { CacheSlot: < 0 } l)
        {
            CheckArity(expr.Span, name, l.Operator.Arity, args.Length);
            var hops = env.Layout.Depth - l.Owner.Depth;
            return new CallAction(expr.Span, l.Operator, CompileArguments(l.Definition, args, env), hops, initial, labels: !initial);
        }

        if (local is not null)
        {
            return null;
        }

        if (ResolveModuleSymbol(name, env.Module) is DefinitionSymbol { Definition: OperatorDef def } d)
        {
            var op = GetOperator(d);
            CheckArity(expr.Span, name, op.Arity, args.Length);
            var labels = !initial && !IsDispatcher(def.Body, d.Owner);
            return new CallAction(expr.Span, op, CompileArguments(def, args, env), 0, initial, labels);
        }

        return null;
    }

    /// <summary>
    /// True for an operator that only chooses among other actions (<c>Next == A \/ B</c>,
    /// <c>Next == \E p \in P : A(p) \/ B(p)</c>, <c>Next == \E p \in P : Step(p)</c>): it does not
    /// name the step, the action it picks does.
    /// </summary>
    private bool IsDispatcher(Expr body, ModuleInstance module)
    {
        while (true)
        {
            switch (body)
            {
                case QuantifierExpr { IsForAll: false } q:
                    body = q.Body;
                    continue;
                case JunctionExpr { IsConjunction: false }:
                    return true;
                case ApplyExpr { Operator: "\\/" }:
                    return true;
                case NameExpr n when ResolveModuleSymbol(n.Name, module) is DefinitionSymbol { Definition: OperatorDef { Params.Length: 0 } }:
                    return true;
                case ApplyExpr a when ResolveModuleSymbol(a.Operator, module) is DefinitionSymbol { Definition: OperatorDef called } d && LevelOf(called, d.Owner) == 2:
                    // Next == \E p \in P : Step(p): the step is Step(p), as TLC names it. Why only an
                    // action: Finished == Terminated(Procs) is a guard, and Finished names its step.
                    return true;
                default:
                    return false;
            }
        }
    }

    /// <summary>The variable index assigned by <c>x' = e</c> (or <c>x = e</c> in an initial predicate), else -1.</summary>
    private int AssignmentTarget(Expr lhs, CompileEnv env, bool initial)
    {
        if (initial)
        {
            if (lhs is NameExpr && Compile(lhs, env) is StateVariableNode v)
            {
                return v.Index;
            }

            return -1;
        }

        if (lhs is PrimeExpr p && Compile(p.Operand, env) is StateVariableNode pv)
        {
            return pv.Index;
        }

        return -1;
    }

    /// <summary>Flattens <c>UNCHANGED &lt;&lt;x, vars&gt;&gt;</c> into variable indices, through definitions; false when it is not made of variables.</summary>
    private bool CollectUnchanged(Expr e, CompileEnv env, List<int> variables)
    {
        switch (e)
        {
            case TupleExpr t:
                foreach (var item in t.Elements)
                {
                    if (!CollectUnchanged(item, env, variables))
                    {
                        return false;
                    }
                }

                return true;
            case NameExpr n:
            {
                if (env.Scope?.Find(n.Name) is not null)
                {
                    return false;
                }

                var symbol = ResolveModuleSymbol(n.Name, env.Module);
                switch (symbol)
                {
                    case VariableSymbol v:
                        variables.Add(v.Index);
                        return true;
                    case DefinitionSymbol { Definition: OperatorDef { Params.Length: 0 } def } d:
                        return CollectUnchanged(def.Body, ModuleEnv(d.Owner), variables);
                    case SubstitutionSymbol s:
                        return CollectUnchanged(s.Replacement, ModuleEnv(s.Outer), variables);
                    default:
                        return false;
                }
            }

            default:
                return false;
        }
    }
}
