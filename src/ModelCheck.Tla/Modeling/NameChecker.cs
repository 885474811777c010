using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Evaluation.Library;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling;

/// <summary>
/// Resolves every name in every definition before the search, as SANY does, so that a misspelt name
/// is a spec error at its location rather than a run-time error when (or if) it is first evaluated.
/// </summary>
internal sealed class NameChecker(Compiler compiler)
{
    private static readonly HashSet<string> s_builtinNames = new(StringComparer.Ordinal)
    {
        "TRUE", "FALSE", "BOOLEAN", "Nat", "Int", "STRING", "Real",
        "=", "/=", "#", "\\in", "\\notin", "/\\", "\\/", "=>", "<=>", "~", "-.", "ENABLED",
        "+", "-", "*", "\\div", "%", "^", "<", "<=", ">", ">=", "..", "~>", "-+->", "\\cdot",
    };

    /// <summary>Checks every definition and assumption of <paramref name="module"/>.</summary>
    public void Check(ModuleInstance module, IEnumerable<Unit> units)
    {
        foreach (var unit in units)
        {
            switch (unit)
            {
                case OperatorDef d:
                    CheckExpr(d.Body, module, Bind([], d.Params.Select(p => p.Name)));
                    break;
                case FunctionDef f:
                {
                    var names = new HashSet<string>(StringComparer.Ordinal) { f.Name };
                    CheckBindings(f.Bindings, module, [], names);
                    CheckExpr(f.Body, module, names);
                    break;
                }

                case AssumeDef a:
                    CheckExpr(a.Condition, module, []);
                    break;
            }
        }
    }

    private static HashSet<string> Bind(HashSet<string> outer, IEnumerable<string> names)
    {
        var inner = new HashSet<string>(outer, StringComparer.Ordinal);
        inner.UnionWith(names);
        return inner;
    }

    private void CheckBindings(IEnumerable<Binding> bindings, ModuleInstance module, HashSet<string> outer, HashSet<string> inner)
    {
        foreach (var b in bindings)
        {
            if (b.Domain is not null)
            {
                CheckExpr(b.Domain, module, outer);
            }

            inner.UnionWith(b.Names);
        }
    }

    private void CheckName(string name, SourceSpan span, ModuleInstance module, HashSet<string> locals)
    {
        if (locals.Contains(name) || compiler.Resolve(name, module) is not null || s_builtinNames.Contains(name) || StandardLibrary.Find(name) is not null)
        {
            return;
        }

        throw new DiagnosticException(new Diagnostic("TLA0304", span, $"unknown name {name}"));
    }

    private void CheckExpr(Expr expr, ModuleInstance module, HashSet<string> locals)
    {
        switch (expr)
        {
            case NameExpr n:
                CheckName(n.Name, n.Span, module, locals);
                return;
            case ApplyExpr a:
                CheckName(a.Operator, a.Span, module, locals);
                foreach (var arg in a.Args)
                {
                    CheckExpr(arg, module, locals);
                }

                return;
            case LambdaExpr l:
                CheckExpr(l.Body, module, Bind(locals, l.Params));
                return;
            case QualifiedExpr q:
                foreach (var arg in q.Args)
                {
                    CheckExpr(arg, module, locals);
                }

                return;
            case SetFilterExpr s:
            {
                var inner = new HashSet<string>(locals, StringComparer.Ordinal);
                CheckBindings([s.Binding], module, locals, inner);
                CheckExpr(s.Predicate, module, inner);
                return;
            }

            case SetMapExpr s:
            {
                var inner = new HashSet<string>(locals, StringComparer.Ordinal);
                CheckBindings(s.Bindings, module, locals, inner);
                CheckExpr(s.Body, module, inner);
                return;
            }

            case FunctionExpr f:
            {
                var inner = new HashSet<string>(locals, StringComparer.Ordinal);
                CheckBindings(f.Bindings, module, locals, inner);
                CheckExpr(f.Body, module, inner);
                return;
            }

            case QuantifierExpr q:
            {
                var inner = new HashSet<string>(locals, StringComparer.Ordinal);
                CheckBindings(q.Bindings, module, locals, inner);
                CheckExpr(q.Body, module, inner);
                return;
            }

            case UnboundedQuantifierExpr u:
                CheckExpr(u.Body, module, Bind(locals, u.Names));
                return;
            case ChooseExpr c:
            {
                var inner = new HashSet<string>(locals, StringComparer.Ordinal);
                CheckBindings([c.Binding], module, locals, inner);
                CheckExpr(c.Predicate, module, inner);
                return;
            }

            case LetExpr l:
            {
                var inner = new HashSet<string>(locals, StringComparer.Ordinal);
                foreach (var def in l.Definitions)
                {
                    switch (def)
                    {
                        case OperatorDef d:
                            inner.Add(d.Name);
                            break;
                        case FunctionDef f:
                            inner.Add(f.Name);
                            break;
                        case RecursiveDecl r:
                            inner.UnionWith(r.Operators.Select(o => o.Name));
                            break;
                    }
                }

                foreach (var def in l.Definitions)
                {
                    switch (def)
                    {
                        case OperatorDef d:
                            CheckExpr(d.Body, module, Bind(inner, d.Params.Select(p => p.Name)));
                            break;
                        case FunctionDef f:
                        {
                            var fnames = new HashSet<string>(inner, StringComparer.Ordinal);
                            CheckBindings(f.Bindings, module, inner, fnames);
                            CheckExpr(f.Body, module, fnames);
                            break;
                        }
                    }
                }

                CheckExpr(l.Body, module, inner);
                return;
            }

            default:
                foreach (var child in SyntaxWalker.Children(expr))
                {
                    CheckExpr(child, module, locals);
                }

                return;
        }
    }
}
