using System.Runtime.CompilerServices;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Nodes;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling;

/// <summary>Atoms, quantifier expansion and unfolding of definitions.</summary>
internal sealed partial class TemporalCompiler
{
    private readonly Dictionary<string, int> _stateAtomIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _edgeAtomIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<Scope, string> _scopeText = new(ReferenceEqualityComparer.Instance);

    private int StateAtom(Expr predicate, ModuleInstance owner, Scope? scope)
    {
        var key = $"{owner.Name}|{Describe(predicate.Span, scope)}";
        if (_stateAtomIndex.TryGetValue(key, out var index))
        {
            return index;
        }

        return AddStateAtom(key, Describe(predicate.Span, scope), compiler.CompileStandalone(predicate, owner, scope));
    }

    private int AddStateAtom(string key, string name, Node? node, SourceSpan span = default)
    {
        if (_stateAtoms.Count == 64)
        {
            throw Unsupported(node?.Span ?? span, "more than 64 distinct state predicates in the temporal properties and fairness");
        }

        _stateAtoms.Add(node);
        _stateAtomNames.Add(name);
        _stateAtomIndex[key] = _stateAtoms.Count - 1;
        return _stateAtoms.Count - 1;
    }

    private int EdgeAtom(ActionExpr angle, ModuleInstance owner, Scope? scope) => EdgeAtom(angle.Action, angle.Subscript, angle.Span, owner, scope);

    /// <summary>The edge atom <c>&lt;&lt;A&gt;&gt;_v</c>: an A step that changes v.</summary>
    private int EdgeAtom(Expr action, Expr subscript, SourceSpan span, ModuleInstance owner, Scope? scope)
    {
        var key = $"{owner.Name}|{Describe(action.Span, scope)}|{Describe(subscript.Span, scope)}";
        if (_edgeAtomIndex.TryGetValue(key, out var index))
        {
            return index;
        }

        if (_edgeAtoms.Count == 32)
        {
            throw Unsupported(span, "more than 32 distinct actions in the temporal properties and fairness");
        }

        // A step of the spec's own next-state action is any recorded edge that changes the subscript.
        var step = IsSpecNext(action, owner, scope)
            ? new ApplyExpr(span, "/=", [new PrimeExpr(span, subscript), subscript])
            : (Expr)AngleStep(action, subscript, span);
        _edgeAtoms.Add(compiler.CompileStandalone(step, owner, scope));
        _edgeAtomNames.Add($"<<{Describe(action.Span, scope)}>>_{Describe(subscript.Span, null)}");
        _edgeAtomIndex[key] = _edgeAtoms.Count - 1;
        return _edgeAtoms.Count - 1;
    }

    private static JunctionExpr AngleStep(Expr action, Expr subscript, SourceSpan span) =>
        new(span, true, [action, new ApplyExpr(span, "/=", [new PrimeExpr(span, subscript), subscript])]);

    /// <summary>The atoms of <c>WF_v(A)</c>: ENABLED &lt;&lt;A&gt;&gt;_v (state) and &lt;&lt;A&gt;&gt;_v (edge).</summary>
    private (int Enabled, int Taken) FairnessAtoms(FairnessExpr f, ModuleInstance owner, Scope? scope)
    {
        var key = $"{owner.Name}|ENABLED|{Describe(f.Action.Span, scope)}|{Describe(f.Subscript.Span, scope)}";
        var taken = EdgeAtom(f.Action, f.Subscript, f.Span, owner, scope);
        if (!_stateAtomIndex.TryGetValue(key, out var enabled) && IsSpecNext(f.Action, owner, scope))
        {
            enabled = AddStateAtom(key, $"ENABLED <<{Describe(f.Action.Span, scope)}>>_{Describe(f.Subscript.Span, null)}", null, f.Span);
            _derived.Add((enabled, taken));
        }
        else if (!_stateAtomIndex.ContainsKey(key))
        {
            var step = AngleStep(f.Action, f.Subscript, f.Span);
            var action = compiler.CompileStandaloneAction(step, owner, initial: false, scope);
            var predicate = compiler.CompileStandalone(step, owner, scope);
            enabled = AddStateAtom(key, $"ENABLED <<{Describe(f.Action.Span, scope)}>>_{Describe(f.Subscript.Span, null)}", new EnabledNode(f.Span, action, predicate, specNext));
        }

        return (_stateAtomIndex[key], taken);
    }

    /// <summary>True when <paramref name="action"/> is the spec's next-state action itself.</summary>
    private bool IsSpecNext(Expr action, ModuleInstance owner, Scope? scope)
    {
        if (specNextExpr is not { } next)
        {
            return false;
        }

        if (ReferenceEquals(action, next.Expr))
        {
            return true;
        }

        return action is NameExpr a && next.Expr is NameExpr b && scope?.Find(a.Name) is null
            && compiler.Resolve(a.Name, owner) is { } sa && ReferenceEquals(sa, compiler.Resolve(b.Name, next.Owner));
    }

    /// <summary>One scope per combination of values of a bounded \A over constant sets.</summary>
    private List<Scope> Expand(QuantifierExpr q, ModuleInstance owner, Scope? scope)
    {
        var scopes = new List<(Scope Scope, string Text)> { (new Scope(scope), Text(scope)) };
        foreach (var binding in q.Bindings)
        {
            if (binding.IsTuple || binding.Domain is null)
            {
                throw Unsupported(binding.Span, "quantified temporal formulas take plain bound names over constant sets");
            }

            foreach (var name in binding.Names)
            {
                var next = new List<(Scope, string)>();
                foreach (var (current, text) in scopes)
                {
                    foreach (var value in Evaluate(binding.Domain, owner, current).Enumerate().Elements)
                    {
                        var inner = new Scope(current);
                        inner.Add(name, new ValueBinding(_valueLayout, value));
                        next.Add((inner, text.Length == 0 ? $"{name} = {value}" : $"{text}, {name} = {value}"));
                    }
                }

                scopes = next;
            }
        }

        foreach (var (s, text) in scopes)
        {
            _scopeText[s] = text;
        }

        return scopes.ConvertAll(s => s.Scope);
    }

    private SetValue Evaluate(Expr domain, ModuleInstance owner, Scope? scope)
    {
        var value = EvaluateConstant(domain, owner, scope);
        return value as SetValue ?? throw Unsupported(domain.Span, "a quantifier in a temporal formula must range over a set");
    }

    private Value EvaluateConstant(Expr expr, ModuleInstance owner, Scope? scope)
    {
        if (compiler.LevelOfExpression(expr, owner) > 0)
        {
            throw Unsupported(expr.Span, "this must be a constant expression (it is evaluated once, before the search)");
        }

        var ctx = new EvalContext(variableCount);
        EvalContext.Current = ctx;
        return compiler.CompileStandalone(expr, owner, scope).Eval(ctx);
    }

    /// <summary>Unfolds a use of a temporal definition into its body, with arguments bound to their (constant) values.</summary>
    private (Expr Body, ModuleInstance Owner, Scope? Scope)? Unfold(Expr expr, ModuleInstance owner, Scope? scope)
    {
        // Why: a RECURSIVE temporal definition (P(n) == <>(x = n) /\ P(n + 1)) unfolds without end,
        // and the stack overflow would end the process with nothing reported.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Unsupported(expr.Span, "this temporal formula unfolds its definitions without end: a recursive temporal definition is not supported");
        }

        var (name, args, module) = expr switch
        {
            NameExpr n => (n.Name, [], owner),
            ApplyExpr a => (a.Operator, a.Args, owner),
            QualifiedExpr q => (q.Name, q.Args, ResolveInstance(q, owner)),
            _ => (string.Empty, System.Collections.Immutable.ImmutableArray<Expr>.Empty, owner),
        };
        if (name.Length == 0 || (expr is not QualifiedExpr && scope?.Find(name) is not null))
        {
            return null;
        }

        if (compiler.Resolve(name, module) is not DefinitionSymbol { Definition: OperatorDef def } symbol || def.Params.Length != args.Length)
        {
            return null;
        }

        Scope? inner = null;
        if (def.Params.Length > 0)
        {
            inner = new Scope(null);
            var texts = new List<string>();
            for (var i = 0; i < args.Length; i++)
            {
                var value = EvaluateConstant(args[i], owner, scope);
                inner.Add(def.Params[i].Name, new ValueBinding(_valueLayout, value));
                texts.Add($"{def.Params[i].Name} = {value}");
            }

            _scopeText[inner] = string.Join(", ", texts);
        }

        return (def.Body, symbol.Owner, inner);
    }

    private ModuleInstance ResolveInstance(QualifiedExpr q, ModuleInstance owner)
    {
        var module = owner;
        foreach (var step in q.Path)
        {
            if (step.Args.Length > 0 || compiler.Resolve(step.Name, module) is not InstanceSymbol instance)
            {
                throw Unsupported(q.Span, $"{step.Name} is not an instance without parameters");
            }

            module = instance.Instance;
        }

        return module;
    }

    private string Text(Scope? scope)
    {
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (_scopeText.TryGetValue(s, out var text))
            {
                return text;
            }
        }

        return string.Empty;
    }

    private string Describe(SourceSpan span, Scope? scope)
    {
        var text = SourceQuote.Balance(sourceText(span));
        var bound = Text(scope);
        return bound.Length == 0 ? text : $"{text} [{bound}]";
    }

    private static DiagnosticException Unsupported(SourceSpan span, string message) =>
        new(new Diagnostic("CFG0308", span, message));
}
