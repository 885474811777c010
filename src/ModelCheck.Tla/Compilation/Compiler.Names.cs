using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Nodes;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>Name resolution: locals, configuration overrides, module symbols, then built-ins.</summary>
internal sealed partial class Compiler
{
    private Node CompileName(SourceSpan span, string name, ImmutableArray<Expr> args, CompileEnv env)
    {
        var local = env.Scope?.Find(name);
        if (local is not null)
        {
            return CompileLocal(span, name, local, args, env);
        }

        var symbol = ResolveModuleSymbol(name, env.Module);
        if (symbol is not null)
        {
            return CompileSymbol(span, symbol, args, env);
        }

        return CompileBuiltin(span, name, args, env)
            ?? Fail<Node>(span, "TLA0304", args.Length == 0 ? $"unknown name {name}" : $"unknown operator {name}");
    }

    private Symbol? ResolveModuleSymbol(string name, ModuleInstance module)
    {
        if (_overrides.TryGetValue(name, out var replacement) && _root.Symbols.TryGetValue(replacement, out var target))
        {
            return target;
        }

        return module.Symbols.TryGetValue(name, out var symbol) ? symbol : null;
    }

    private Node CompileLocal(SourceSpan span, string name, LocalBinding local, ImmutableArray<Expr> args, CompileEnv env)
    {
        var hops = env.Layout.Depth - local.Owner.Depth;
        switch (local)
        {
            case SlotBinding s:
                if (args.Length > 0)
                {
                    return Fail<Node>(span, "TLA0305", $"{name} is not an operator and cannot take arguments");
                }

                return new LocalNode(span, hops, s.Slot, name);
            case OperatorParameterBinding p:
                if (args.Length == 0)
                {
                    return new LocalNode(span, hops, p.Slot, name);
                }

                CheckArity(span, name, p.Arity, args.Length);
                return new ClosureCallNode(span, new LocalNode(span, hops, p.Slot, name), CompileAll(args, env));
            case ValueBinding v:
                if (args.Length > 0)
                {
                    return Fail<Node>(span, "TLA0305", $"{name} is not an operator and cannot take arguments");
                }

                return new ConstantNode(span, v.Value);
            case LetBinding l:
                CheckArity(span, name, l.Operator.Arity, args.Length);
                if (l.CacheSlot >= 0)
                {
                    return new LetValueNode(span, hops, l.CacheSlot, l.Operator.GetBody());
                }

                return new CallNode(span, l.Operator, CompileArguments(l.Definition, args, env), hops);
            default:
                throw new InvalidOperationException(local.GetType().Name);
        }
    }

    private Node CompileSymbol(SourceSpan span, Symbol symbol, ImmutableArray<Expr> args, CompileEnv env)
    {
        switch (symbol)
        {
            case VariableSymbol v:
                if (args.Length > 0)
                {
                    return Fail<Node>(span, "TLA0305", $"{v.Name} is a variable and cannot take arguments");
                }

                return new StateVariableNode(span, v.Index, v.Name);
            case ConstantSymbol c:
                if (c.Declaration.Arity > 0 || args.Length > 0)
                {
                    return Fail<Node>(span, "CFG0201", $"the constant operator {c.Name} must be replaced with a definition in the configuration (CONSTANT {c.Name} <- Def)");
                }

                if (!_constants.TryGetValue(c.Name, out var value))
                {
                    return Fail<Node>(span, "CFG0202", $"the constant {c.Name} has no value: give it one in the configuration's CONSTANTS section or with --const {c.Name}=...");
                }

                return new ConstantNode(span, value);
            case DefinitionSymbol d:
            {
                var op = GetOperator(d);
                CheckArity(span, d.Name, op.Arity, args.Length);
                return new CallNode(span, op, CompileArguments(d.Definition, args, env), 0);
            }

            case SubstitutionSymbol s:
            {
                if (!_substitutions.TryGetValue(s, out var node))
                {
                    node = CompileStandalone(s.Replacement, s.Outer);
                    _substitutions[s] = node;
                }

                if (args.Length > 0)
                {
                    return Fail<Node>(span, "TLA0306", $"substituted operator {s.Name} with arguments is not supported");
                }

                return node;
            }

            case InstanceSymbol i:
                return Fail<Node>(span, "TLA0307", $"{i.Name} is an instance; use {i.Name}!Name to refer to its definitions");
            default:
                throw new InvalidOperationException(symbol.GetType().Name);
        }
    }

    private static void CheckArity(SourceSpan span, string name, int expected, int given)
    {
        if (expected != given)
        {
            Fail(span, "TLA0308", $"operator {name} takes {expected} argument{(expected == 1 ? string.Empty : "s")}, given {given}");
        }
    }

    /// <summary>Compiles call arguments; parameters of arity &gt; 0 take operators (names or LAMBDA).</summary>
    private Node[] CompileArguments(Unit definition, ImmutableArray<Expr> args, CompileEnv env)
    {
        var parameters = definition is OperatorDef d ? d.Params : [];
        var nodes = new Node[args.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = i < parameters.Length && parameters[i].Arity > 0
                ? CompileOperatorArgument(args[i], parameters[i].Arity, env)
                : Compile(args[i], env);
        }

        return nodes;
    }

    /// <summary>An operator passed as an argument: a name, an operator parameter, or a LAMBDA.</summary>
    private Node CompileOperatorArgument(Expr arg, int arity, CompileEnv env)
    {
        if (arg is LambdaExpr lambda)
        {
            return CompileLambda(lambda.Span, "LAMBDA", lambda.Params, lambda.Body, env);
        }

        var name = arg switch
        {
            NameExpr n => n.Name,
            ApplyExpr { Args.Length: 0 } a => a.Operator,
            _ => null,
        };
        if (name is null)
        {
            return Fail<Node>(arg.Span, "TLA0309", "expected an operator name or LAMBDA as argument");
        }

        var local = env.Scope?.Find(name);
        switch (local)
        {
            case OperatorParameterBinding p:
                return new LocalNode(arg.Span, env.Layout.Depth - p.Owner.Depth, p.Slot, name);
            case LetBinding { CacheSlot: < 0 } l:
                return new ClosureNode(arg.Span, l.Operator, env.Layout.Depth - l.Owner.Depth);
            case null:
                break;
            default:
                return Fail<Node>(arg.Span, "TLA0309", $"{name} is not an operator");
        }

        if (ResolveModuleSymbol(name, env.Module) is DefinitionSymbol d)
        {
            return new ClosureNode(arg.Span, GetOperator(d), 0);
        }

        // A built-in operator passed by name (e.g. +): wrap it in a lambda over its parameters.
        var names = Enumerable.Range(0, arity).Select(i => $"_p{i}").ToImmutableArray();
        var body = new ApplyExpr(arg.Span, name, [.. names.Select(n => (Expr)new NameExpr(arg.Span, n))]);
        return CompileLambda(arg.Span, name, names, body, env);
    }

    private ClosureNode CompileLambda(SourceSpan span, string name, ImmutableArray<string> parameters, Expr body, CompileEnv env)
    {
        var layout = new FrameLayout(env.Layout);
        var scope = new Scope(env.Scope);
        foreach (var p in parameters)
        {
            scope.Add(p, new SlotBinding(layout, layout.Allocate()));
        }

        var op = new CompiledOperator(name, parameters.Length, isModuleLevel: false);
        var bodyEnv = new CompileEnv(env.Module, scope, layout, env.At);
        var compiled = Compile(body, bodyEnv);
        op.FrameSize = layout.Size;
        op.BodyCompiler = () => compiled;
        return new ClosureNode(span, op, 0);
    }

    /// <summary><c>I!Op(args)</c>: an expression, or an action when <paramref name="action"/> is set.</summary>
    private object CompileQualified(QualifiedExpr q, CompileEnv env, bool action, bool initial)
    {
        var module = env.Module;
        foreach (var step in q.Path)
        {
            if (step.Args.Length > 0)
            {
                Fail(q.Span, "TLA0311", "parameterised instances (I(p)!Op) are not supported yet");
            }

            if (ResolveModuleSymbol(step.Name, module) is not InstanceSymbol instance)
            {
                return Fail<Node>(q.Span, "TLA0312", $"{step.Name} is not an instance");
            }

            module = instance.Instance;
        }

        var inner = ModuleEnv(module);
        if (!module.Symbols.TryGetValue(q.Name, out var symbol))
        {
            return Fail<Node>(q.Span, "TLA0304", $"module {module.Name} has no definition {q.Name}");
        }

        if (symbol is DefinitionSymbol d)
        {
            var op = GetOperator(d);
            CheckArity(q.Span, q.Name, op.Arity, q.Args.Length);
            var args = CompileArguments(d.Definition, q.Args, env);
            return action
                ? new Evaluation.Actions.CallAction(q.Span, op, args, 0, initial, labels: !initial)
                : new CallNode(q.Span, op, args, 0);
        }

        var node = CompileSymbol(q.Span, symbol, q.Args, inner);
        return action ? new Evaluation.Actions.GuardAction(q.Span, node) : node;
    }
}
