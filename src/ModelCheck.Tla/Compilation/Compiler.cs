using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Nodes;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>
/// Compiles resolved TLA+ into evaluation nodes: names become variables, slots, calls or built-ins
/// at compile time, so evaluation never looks a name up.
/// </summary>
internal sealed partial class Compiler
{
    private static readonly FrameLayout s_rootLayout = new(null);
    private readonly Dictionary<string, Value> _constants;
    private readonly Dictionary<string, string> _overrides;
    private readonly ModuleInstance _root;
    private readonly Dictionary<Unit, int> _levels = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a compiler for <paramref name="root"/> with constant values and operator overrides from the configuration.</summary>
    public Compiler(ModuleInstance root, Dictionary<string, Value> constants, Dictionary<string, string> overrides, ImmutableArray<string> variables)
    {
        _root = root;
        _constants = constants;
        _overrides = overrides;
        Variables = variables;
    }

    /// <summary>The model's variables, in state order.</summary>
    public ImmutableArray<string> Variables { get; }

    /// <summary>A module-level environment of <paramref name="module"/>.</summary>
    public static CompileEnv ModuleEnv(ModuleInstance module) => new(module, null, s_rootLayout);

    /// <summary>
    /// Compiles a module-level expression that is evaluated on its own (an ASSUME, a substitution):
    /// as an anonymous operator, so that its bound variables get a frame of their own.
    /// </summary>
    public Node CompileStandalone(Expr expr, ModuleInstance module, Scope? scope = null)
    {
        var layout = new FrameLayout(s_rootLayout);
        var env = new CompileEnv(module, new Scope(scope), layout);
        var body = CompileDirect(expr, env);
        if (layout.Size == 0)
        {
            return body;
        }

        var op = new CompiledOperator("LAMBDA", 0, isModuleLevel: true) { FrameSize = layout.Size, BodyCompiler = () => body };
        return new CallNode(expr.Span, op, [], 0);
    }

    /// <summary>Compiles a module-level action or initial predicate as an anonymous operator with a frame of its own.</summary>
    public Evaluation.Actions.ActionNode CompileStandaloneAction(Expr expr, ModuleInstance module, bool initial, Scope? scope = null)
    {
        var layout = new FrameLayout(s_rootLayout);
        var env = new CompileEnv(module, new Scope(scope), layout);
        var op = new CompiledOperator("Next", 0, isModuleLevel: true);
        op.ActionCompiler = mode =>
        {
            var body = CompileAction(expr, env, mode);
            op.FrameSize = Math.Max(op.FrameSize, layout.Size);
            return body;
        };
        op.GetActionBody(initial);
        return new Evaluation.Actions.CallAction(expr.Span, op, [], 0, initial, labels: false);
    }

    /// <summary>Finds a zero-parameter definition of the root module by name, following configuration overrides.</summary>
    public DefinitionSymbol? FindRootDefinition(string name)
    {
        if (_overrides.TryGetValue(name, out var replacement))
        {
            name = replacement;
        }

        return _root.Symbols.TryGetValue(name, out var s) ? s as DefinitionSymbol : null;
    }

    /// <summary>A module-level name of <paramref name="module"/>, following configuration overrides.</summary>
    public Symbol? Resolve(string name, ModuleInstance module) => ResolveModuleSymbol(name, module);

    /// <summary>The compiled operator for a definition symbol.</summary>
    public CompiledOperator GetOperator(DefinitionSymbol symbol) => GetOperator(symbol.Definition, symbol.Owner);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(SourceSpan span, string code, string message) =>
        throw new DiagnosticException(new Diagnostic(code, span, message));

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static T Fail<T>(SourceSpan span, string code, string message) =>
        throw new DiagnosticException(new Diagnostic(code, span, message));

    private CompiledOperator GetOperator(Unit definition, ModuleInstance owner)
    {
        if (owner.Compiled.TryGetValue(definition, out var op))
        {
            return op;
        }

        switch (definition)
        {
            case OperatorDef def:
            {
                op = new CompiledOperator(def.Name, def.Params.Length, isModuleLevel: true) { FramesStayLocal = !FrameMayEscape(def.Body, owner) };
                var layout = new FrameLayout(s_rootLayout);
                var scope = new Scope(null);
                for (var i = 0; i < def.Params.Length; i++)
                {
                    var p = def.Params[i];
                    var slot = layout.Allocate();
                    scope.Add(p.Name, p.Arity > 0 ? new OperatorParameterBinding(layout, slot, p.Arity) : new SlotBinding(layout, slot));
                }

                var env = new CompileEnv(owner, scope, layout);
                var compiled = op;
                op.BodyCompiler = () =>
                {
                    var body = Compile(def.Body, env);
                    if (def.Params.Length == 0 && layout.Size == 0 && LevelOf(definition, owner) == 0)
                    {
                        body = new CachedNode(def.Span, body);
                    }

                    compiled.FrameSize = Math.Max(compiled.FrameSize, layout.Size);
                    return body;
                };
                op.ActionCompiler = initial =>
                {
                    var body = CompileAction(def.Body, env, initial);
                    compiled.FrameSize = Math.Max(compiled.FrameSize, layout.Size);
                    return body;
                };
                break;
            }

            case FunctionDef fdef:
            {
                op = new CompiledOperator(fdef.Name, 0, isModuleLevel: true);
                var layout = new FrameLayout(s_rootLayout);
                var env = new CompileEnv(owner, new Scope(null), layout);
                var compiled = op;
                op.BodyCompiler = () =>
                {
                    var body = CompileFunctionDefinition(fdef, env);
                    if (layout.Size == 0 && LevelOf(definition, owner) == 0)
                    {
                        body = new CachedNode(fdef.Span, body);
                    }

                    compiled.FrameSize = Math.Max(compiled.FrameSize, layout.Size);
                    return body;
                };
                op.ActionCompiler = initial =>
                {
                    var node = compiled.GetBody();
                    return new Evaluation.Actions.GuardAction(fdef.Span, node);
                };
                break;
            }

            default:
                throw new InvalidOperationException($"not a definition: {definition.GetType().Name}");
        }

        owner.Compiled[definition] = op;
        return op;
    }

    /// <summary>
    /// <c>f[x \in S] == body</c>: a plain function, or a lazy memoised one when the body refers to f.
    /// </summary>
    private Node CompileFunctionDefinition(FunctionDef fdef, CompileEnv env)
    {
        if (!References(fdef.Body, fdef.Name))
        {
            var scope = new Scope(env.Scope);
            var bound = BindVariables(fdef.Bindings, env, scope);
            return new FunctionNode(fdef.Span, bound, Compile(fdef.Body, env.WithScope(scope)));
        }

        if (fdef.Bindings.Length != 1 || fdef.Bindings[0].Names.Length != 1 || fdef.Bindings[0].IsTuple)
        {
            return Fail<Node>(fdef.Span, "TLA0310", "a recursive function definition must have exactly one bound variable");
        }

        var domain = Compile(fdef.Bindings[0].Domain!, env);
        var layout = new FrameLayout(env.Layout);
        var argSlot = layout.Allocate();
        var selfSlot = layout.Allocate();
        var inner = new Scope(env.Scope);
        inner.Add(fdef.Bindings[0].Names[0], new SlotBinding(layout, argSlot));
        inner.Add(fdef.Name, new SlotBinding(layout, selfSlot));
        var body = Compile(fdef.Body, new CompileEnv(env.Module, inner, layout));
        return new RecursiveFunctionNode(fdef.Span, domain, layout.Size, selfSlot, body);
    }

    private static bool References(Expr expr, string name) => SyntaxWalker.Any(expr, e => e is NameExpr n && n.Name == name || e is FunctionApplyExpr { Function: NameExpr fn } && fn.Name == name);
}
