namespace ModelCheck.Tla.Syntax;

/// <summary>Generic traversal of expressions, for analyses that only need to find a kind of node.</summary>
internal static class SyntaxWalker
{
    /// <summary>True when <paramref name="predicate"/> holds for <paramref name="root"/> or any expression inside it (LET definitions included).</summary>
    public static bool Any(Expr root, Func<Expr, bool> predicate)
    {
        var stack = new Stack<Expr>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (predicate(e))
            {
                return true;
            }

            foreach (var child in Children(e))
            {
                stack.Push(child);
            }
        }

        return false;
    }

    /// <summary>The direct sub-expressions of <paramref name="e"/>.</summary>
    public static IEnumerable<Expr> Children(Expr e)
    {
        switch (e)
        {
            case ApplyExpr a:
                return a.Args;
            case QualifiedExpr q:
                return q.Args.Concat(q.Path.SelectMany(s => s.Args));
            case LambdaExpr l:
                return [l.Body];
            case FunctionApplyExpr f:
                return f.Args.Prepend(f.Function);
            case FieldExpr f:
                return [f.Record];
            case SetEnumExpr s:
                return s.Elements;
            case SetFilterExpr s:
                return Domains([s.Binding]).Append(s.Predicate);
            case SetMapExpr s:
                return Domains(s.Bindings).Append(s.Body);
            case FunctionExpr f:
                return Domains(f.Bindings).Append(f.Body);
            case FunctionSetExpr f:
                return [f.Domain, f.Range];
            case RecordExpr r:
                return r.Fields.Select(x => x.Value);
            case RecordSetExpr r:
                return r.Fields.Select(x => x.Value);
            case TupleExpr t:
                return t.Elements;
            case ExceptExpr x:
                return x.Updates.SelectMany(u => u.Path.SelectMany(p => p.Index).Append(u.Value)).Prepend(x.Function);
            case QuantifierExpr q:
                return Domains(q.Bindings).Append(q.Body);
            case UnboundedQuantifierExpr q:
                return [q.Body];
            case ChooseExpr c:
                return Domains([c.Binding]).Append(c.Predicate);
            case IfExpr i:
                return [i.Condition, i.Then, i.Else];
            case CaseExpr c:
                return c.Arms.SelectMany(a => new[] { a.Guard, a.Value }).Concat(c.Other is null ? [] : [c.Other]);
            case LetExpr l:
                return l.Definitions.SelectMany(DefinitionBodies).Append(l.Body);
            case JunctionExpr j:
                return j.Items;
            case PrimeExpr p:
                return [p.Operand];
            case UnchangedExpr u:
                return [u.Operand];
            case ActionExpr a:
                return [a.Action, a.Subscript];
            case FairnessExpr f:
                return [f.Subscript, f.Action];
            case TemporalExpr t:
                return [t.Operand];
            default:
                return [];
        }
    }

    private static IEnumerable<Expr> Domains(IEnumerable<Binding> bindings) =>
        bindings.Where(b => b.Domain is not null).Select(b => b.Domain!);

    private static IEnumerable<Expr> DefinitionBodies(Unit u) => u switch
    {
        OperatorDef o => [o.Body],
        FunctionDef f => Domains(f.Bindings).Append(f.Body),
        _ => [],
    };
}
