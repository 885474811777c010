using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Config;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Actions;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling;

/// <summary>The behaviour spec, invariants and constraints.</summary>
internal sealed partial class ModelBuilder
{
    private TlaModel? CompileModel(ModelConfig config, List<Diagnostic> diagnostics)
    {
        ActionNode? init = null;
        ActionNode? next = null;
        var nextName = "Next";
        var fairness = new List<(Expr Expr, ModuleInstance Owner)>();
        (Expr Expr, ModuleInstance Owner)? nextExpr = null;
        if (config.Specification is not null)
        {
            var spec = RequireDefinition(config.Specification, config.SpecificationSpan, "specification", diagnostics);
            if (spec is null)
            {
                return null;
            }

            var parts = new SpecParts();
            CollectSpec(((OperatorDef)spec.Definition).Body, spec.Owner, parts);
            if (parts.Init.Count == 0)
            {
                diagnostics.Add(new Diagnostic("CFG0301", config.SpecificationSpan, $"the specification {config.Specification} has no initial predicate"));
                return null;
            }

            init = Conjoin(parts.Init.Select(p => _compiler.CompileStandaloneAction(p.Expr, p.Owner, initial: true)).ToArray());
            fairness.AddRange(parts.Temporal);
            if (parts.Next is { } n)
            {
                next = _compiler.CompileStandaloneAction(n.Expr, n.Owner, initial: false);
                nextExpr = n;
                nextName = n.Expr is NameExpr nn ? nn.Name : "Next";
            }
        }
        else if (config.Init is not null || config.Next is not null)
        {
            if (config.Init is null || config.Next is null)
            {
                diagnostics.Add(new Diagnostic("CFG0302", config.Init is null ? config.NextSpan : config.InitSpan, "INIT and NEXT must be given together"));
                return null;
            }

            var i = RequireDefinition(config.Init, config.InitSpan, "initial predicate", diagnostics);
            var x = RequireDefinition(config.Next, config.NextSpan, "next-state action", diagnostics);
            if (i is null || x is null)
            {
                return null;
            }

            init = _compiler.CompileStandaloneAction(new NameExpr(config.InitSpan, i.Name), _root, initial: true);
            nextExpr = (new NameExpr(config.NextSpan, x.Name), _root);
            next = _compiler.CompileStandaloneAction(nextExpr.Value.Expr, _root, initial: false);
            nextName = x.Name;
        }
        else if (_variables.Count > 0)
        {
            diagnostics.Add(new Diagnostic("CFG0303", new SourceSpan(config.File, 1, 1, 1, 1), "the configuration names neither a SPECIFICATION nor INIT and NEXT"));
            return null;
        }

        var invariants = CompilePredicates(config.Invariants, "invariant", diagnostics);
        var constraints = CompilePredicates(config.Constraints, "state constraint", diagnostics);
        var actionConstraints = CompilePredicates(config.ActionConstraints, "action constraint", diagnostics, steps: true);
        var symmetry = CompileSymmetry(config, diagnostics, out var symmetryFailed);
        var alias = CompileAlias(config, diagnostics);
        if (invariants is null || constraints is null || actionConstraints is null || symmetryFailed || diagnostics.Count > 0)
        {
            return null;
        }

        if (config.Properties.Length == 0)
        {
            return new TlaModel([.. _variables], init, next, nextName, [.. config.Invariants.Select(n => n.Name)], invariants.Value, constraints.Value)
            {
                Explainer = Explanation.PropertyExplainer.Create(_compiler, SourceText, _variables.Count, config.Invariants.Select(n => n.Name), []),
                ActionConstraints = actionConstraints.Value,
                Symmetry = symmetry,
                Alias = alias,
                AliasName = config.Alias?.Name,
            };
        }

        var temporal = new TemporalCompiler(_compiler, _variables.Count, SourceText, next, nextExpr);
        foreach (var property in config.Properties)
        {
            var symbol = RequireDefinition(property.Name, property.Span, "property", diagnostics);
            if (symbol is null)
            {
                return null;
            }

            temporal.AddProperty(property.Name, ((OperatorDef)symbol.Definition).Body, symbol.Owner);
        }

        if (temporal.NeedsGraph && symmetry is not null)
        {
            // Why refused: a liveness check over one state per orbit can miss violations (TLC warns
            // that it may), and a lasso through least images is not a behaviour of the spec.
            diagnostics.Add(new Diagnostic("CFG0315", config.Symmetry!.Span, "SYMMETRY cannot be used with temporal properties that need the state graph (liveness); check those properties without SYMMETRY (invariants and [][A]_v properties work with it)"));
            return null;
        }

        if (temporal.NeedsGraph)
        {
            foreach (var (expr, owner) in fairness)
            {
                temporal.AddFairness(expr, owner);
            }
        }

        return new TlaModel([.. _variables], init, next, nextName, [.. config.Invariants.Select(n => n.Name)], invariants.Value, constraints.Value)
        {
            ActionPropertyNames = [.. temporal.ActionProperties.Select(p => p.Name)],
            ActionProperties = [.. temporal.ActionProperties.Select(p => p.Node)],
            Liveness = temporal.NeedsGraph ? temporal.ToSpec() : null,
            StateAtoms = temporal.StateAtoms,
            EdgeAtoms = temporal.EdgeAtoms,
            Explainer = Explanation.PropertyExplainer.Create(_compiler, SourceText, _variables.Count, config.Invariants.Select(n => n.Name), temporal.ActionPropertySources),
            ActionConstraints = actionConstraints.Value,
            Symmetry = symmetry,
            Alias = alias,
            AliasName = config.Alias?.Name,
        };
    }

    /// <summary>The source text of a span, on one line, for naming property parts in messages.</summary>
    private string SourceText(SourceSpan span)
    {
        var sources = _loader.Sources;
        if (!sources.TryGetValue(span.File, out var text) || !span.IsKnown)
        {
            return "?";
        }

        var lines = text.Split('\n');
        var builder = new System.Text.StringBuilder();
        for (var line = span.Line; line <= span.EndLine && line <= lines.Length; line++)
        {
            var content = lines[line - 1].TrimEnd('\r');
            var from = line == span.Line ? Math.Min(content.Length, span.Column - 1) : 0;
            var to = line == span.EndLine ? Math.Min(content.Length, Math.Max(from, span.EndColumn - 1)) : content.Length;
            builder.Append(content, from, to - from).Append(' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static ActionNode Conjoin(ActionNode[] parts) => parts.Length == 1 ? parts[0] : new ConjunctionAction(parts[0].Span, parts);

    private DefinitionSymbol? RequireDefinition(string name, SourceSpan span, string what, List<Diagnostic> diagnostics)
    {
        var symbol = _compiler.FindRootDefinition(name);
        if (symbol?.Definition is not OperatorDef { Params.Length: 0 })
        {
            diagnostics.Add(new Diagnostic("CFG0305", span, $"the {what} {name} is not defined in the spec as an operator without parameters"));
            return null;
        }

        return symbol;
    }

    /// <summary>
    /// The predicates named: state predicates, or with <paramref name="steps"/> predicates of a step
    /// (primes allowed); temporal operators are refused in either.
    /// </summary>
    private ImmutableArray<Node>? CompilePredicates(ImmutableArray<ConfigName> names, string what, List<Diagnostic> diagnostics, bool steps = false)
    {
        var nodes = ImmutableArray.CreateBuilder<Node>();
        foreach (var name in names)
        {
            var symbol = RequireDefinition(name.Name, name.Span, what, diagnostics);
            if (symbol is null)
            {
                return null;
            }

            if (LevelOf(symbol) >= (steps ? 3 : 2))
            {
                diagnostics.Add(steps
                    ? new Diagnostic("CFG0309", name.Span, $"the {what} {name.Name} is not an action (it uses temporal operators)")
                    : new Diagnostic("CFG0306", name.Span, $"the {what} {name.Name} is not a state predicate (it uses primes or temporal operators)"));
                return null;
            }

            nodes.Add(CompileDefinition(name, symbol));
        }

        return nodes.ToImmutable();
    }

    /// <summary>The level of a configuration-named definition's body: 0 constant, 1 state, 2 action, 3 temporal.</summary>
    private int LevelOf(DefinitionSymbol symbol) => _compiler.LevelOfExpression(((OperatorDef)symbol.Definition).Body, symbol.Owner);

    /// <summary>The definition that <paramref name="name"/> names in the configuration, compiled as a use of it there.</summary>
    private Node CompileDefinition(ConfigName name, DefinitionSymbol symbol) => _compiler.CompileStandalone(new NameExpr(name.Span, symbol.Name), symbol.Owner);

    /// <summary>
    /// The ALIAS expression, when the configuration names one that is a state expression; one with
    /// primed variables is left out with a warning (it only changes how traces look).
    /// </summary>
    private Node? CompileAlias(ModelConfig config, List<Diagnostic> diagnostics)
    {
        if (config.Alias is not { } name)
        {
            return null;
        }

        var symbol = RequireDefinition(name.Name, name.Span, "alias", diagnostics);
        if (symbol is null)
        {
            return null;
        }

        if (LevelOf(symbol) >= 2)
        {
            _warnings.Add(new Diagnostic("CFG0316", name.Span, $"ALIAS {name.Name} uses primed variables or temporal operators, which is not supported: traces show the spec's variables"));
            return null;
        }

        return CompileDefinition(name, symbol);
    }

    /// <summary>
    /// Splits a specification formula as TLC does: <c>[][A]_v</c> gives the next-state action,
    /// other temporal conjuncts (fairness, properties) are set aside, and the rest is the initial
    /// predicate. Definitions whose bodies are temporal are expanded.
    /// </summary>
    private void CollectSpec(Expr e, ModuleInstance owner, SpecParts parts)
    {
        // Why: a RECURSIVE definition in the specification (Fair == WF_x(Next) /\ Fair) unfolds
        // without end, and the stack overflow would end the process with nothing reported.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new DiagnosticException(new Diagnostic("CFG0308", e.Span, "the specification unfolds its definitions without end: a recursive definition in the specification is not supported"));
        }

        switch (e)
        {
            case JunctionExpr { IsConjunction: true } j:
                foreach (var item in j.Items)
                {
                    CollectSpec(item, owner, parts);
                }

                return;
            case ApplyExpr { Operator: "/\\", Args.Length: 2 } a:
                CollectSpec(a.Args[0], owner, parts);
                CollectSpec(a.Args[1], owner, parts);
                return;
            case TemporalExpr { IsAlways: true, Operand: ActionExpr { IsBox: true } box }:
                if (parts.Next is not null)
                {
                    throw new DiagnosticException(new Diagnostic("CFG0307", e.Span, "the specification has more than one [][Next]_vars conjunct"));
                }

                parts.Next = (box.Action, owner);
                return;
            case NameExpr n when _compiler.LevelOfExpression(e, owner) >= 3:
                if (owner.Symbols.TryGetValue(n.Name, out var s) && s is DefinitionSymbol { Definition: OperatorDef { Params.Length: 0 } def } d)
                {
                    CollectSpec(def.Body, d.Owner, parts);
                    return;
                }

                break;
        }

        if (_compiler.LevelOfExpression(e, owner) >= 3)
        {
            parts.Temporal.Add((e, owner));
        }
        else
        {
            parts.Init.Add((e, owner));
        }
    }

    private sealed class SpecParts
    {
        public List<(Expr Expr, ModuleInstance Owner)> Init { get; } = [];

        public (Expr Expr, ModuleInstance Owner)? Next { get; set; }

        public List<(Expr Expr, ModuleInstance Owner)> Temporal { get; } = [];
    }
}
