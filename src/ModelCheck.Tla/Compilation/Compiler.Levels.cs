using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>
/// Levels, as TLA+ defines them: 0 constant, 1 state, 2 action, 3 temporal. Used to cache
/// constant definitions (as TLC precomputes them) and to decide which LET definitions may be cached.
/// </summary>
internal sealed partial class Compiler
{
    private const int InProgress = -1;

    /// <summary>
    /// True for a composite expression that reads no variable, no local name and no <c>@</c>, and has
    /// no side effect: its value is the same in every state and can be computed once.
    /// </summary>
    private bool IsHoistable(Expr expr, CompileEnv env)
    {
        if (expr is NumberExpr or StringExpr or NameExpr or AtExpr or LambdaExpr || (expr is ApplyExpr { Args.Length: 0 }))
        {
            return false;
        }

        var closed = !SyntaxWalker.Any(expr, e => e switch
        {
            AtExpr => true,
            NameExpr n => env.Scope!.Find(n.Name) is not null,
            ApplyExpr a => env.Scope!.Find(a.Operator) is not null || a.Operator is "Print" or "PrintT" or "Assert" or "TLCGet" or "TLCSet" or "RandomElement" or "JavaTime" or "ENABLED",
            _ => false,
        });
        return closed && LevelOfExpr(expr, env.Module) == 0;
    }

    /// <summary>
    /// True when evaluating <paramref name="body"/> might keep its frame beyond the call: a LAMBDA, a
    /// LET that defines an operator with parameters or a function (an operator can be passed on as a
    /// closure, a recursive function is a lazy value over the frame), or a name whose replacement is
    /// compiled elsewhere and runs in the caller's frame (an INSTANCE substitution, a qualified name).
    /// Conservative: a false positive only costs a frame allocation per call.
    /// </summary>
    /// <remarks>
    /// Why a LET of plain definitions is no escape: their values are cached in the frame's own slots,
    /// which are cleared when the frame is given back, and nothing built from them refers to the frame.
    /// </remarks>
    private bool FrameMayEscape(Expr body, ModuleInstance owner) => SyntaxWalker.Any(body, e => e switch
    {
        LambdaExpr or QualifiedExpr => true,
        LetExpr l => !l.Definitions.All(d => d is OperatorDef { Params.Length: 0 }),
        NameExpr n => ResolveModuleSymbol(n.Name, owner) is SubstitutionSymbol,
        ApplyExpr a => ResolveModuleSymbol(a.Operator, owner) is SubstitutionSymbol,
        _ => false,
    });

    private int LevelOf(Unit definition, ModuleInstance owner)
    {
        if (_levels.TryGetValue(definition, out var level))
        {
            // A recursive reference adds nothing beyond what the rest of the body has.
            return level == InProgress ? 0 : level;
        }

        _levels[definition] = InProgress;
        level = definition switch
        {
            OperatorDef d => LevelOfExpr(d.Body, owner),
            FunctionDef f => LevelOfExpr(new FunctionExpr(f.Span, f.Bindings, f.Body), owner),
            _ => 0,
        };
        _levels[definition] = level;
        return level;
    }

    /// <summary>The level of an expression: 0 constant, 1 state, 2 action, 3 temporal.</summary>
    public int LevelOfExpression(Expr root, ModuleInstance module) => LevelOfExpr(root, module);

    private int LevelOfExpr(Expr root, ModuleInstance module)
    {
        var level = 0;
        var stack = new Stack<Expr>();
        stack.Push(root);
        while (stack.Count > 0 && level < 3)
        {
            var e = stack.Pop();
            if (e is ApplyExpr { Operator: "ENABLED" })
            {
                // ENABLED A is a state predicate whatever the level of A.
                level = Math.Max(level, 1);
                continue;
            }

            level = Math.Max(level, LevelOfNode(e, module));
            foreach (var child in SyntaxWalker.Children(e))
            {
                stack.Push(child);
            }
        }

        return level;
    }

    private int LevelOfNode(Expr e, ModuleInstance module)
    {
        switch (e)
        {
            case PrimeExpr or UnchangedExpr or ActionExpr:
                return 2;
            case TemporalExpr or FairnessExpr:
                return 3;
            case ApplyExpr { Operator: "~>" or "-+->" }:
                return 3;
            case NameExpr n:
                return LevelOfName(n.Name, module);
            case ApplyExpr a:
                return LevelOfName(a.Operator, module);
            case QualifiedExpr q:
            {
                var m = module;
                foreach (var step in q.Path)
                {
                    if (ResolveModuleSymbol(step.Name, m) is not InstanceSymbol i)
                    {
                        return 1;
                    }

                    m = i.Instance;
                }

                return LevelOfName(q.Name, m);
            }

            default:
                return 0;
        }
    }

    private int LevelOfName(string name, ModuleInstance module) => ResolveModuleSymbol(name, module) switch
    {
        VariableSymbol => 1,
        DefinitionSymbol d => LevelOf(d.Definition, d.Owner),
        SubstitutionSymbol s => LevelOfExpr(s.Replacement, s.Outer),
        _ => 0,
    };
}
