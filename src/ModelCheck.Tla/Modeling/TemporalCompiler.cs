using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Liveness;
using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling;

/// <summary>
/// Turns the spec's fairness and the configuration's temporal properties into what the engine
/// checks: atoms (state predicates, ENABLED, and steps of actions) and obligations (the shape of a
/// violating fair behaviour). Quantifiers over constant sets are expanded per value, definitions
/// are unfolded, and <c>[][A]_v</c> becomes an action property checked on every step.
/// </summary>
internal sealed partial class TemporalCompiler(Compiler compiler, int variableCount, Func<SourceSpan, string> sourceText, Evaluation.Actions.ActionNode? specNext, (Expr Expr, ModuleInstance Owner)? specNextExpr)
{
    private readonly List<Node?> _stateAtoms = [];
    private readonly List<(int StateAtom, int EdgeAtom)> _derived = [];
    private readonly List<string> _stateAtomNames = [];
    private readonly List<Node> _edgeAtoms = [];
    private readonly List<string> _edgeAtomNames = [];
    private readonly List<FairnessConstraint> _fairness = [];
    private readonly List<LivenessObligation> _obligations = [];
    private readonly List<(string Property, int Atom)> _initialChecks = [];
    private readonly List<(string Name, Node Node)> _actionProperties = [];
    private readonly List<Explanation.ExplainedProperty> _actionPropertySources = [];
    private readonly FrameLayout _valueLayout = new(null);
    private AtomCondition _initial = AtomCondition.True;

    /// <summary>The action properties found (name, predicate of a step).</summary>
    public IReadOnlyList<(string Name, Node Node)> ActionProperties => _actionProperties;

    /// <summary>The action A of each action property <c>[][A]_v</c>, as written, in the order of <see cref="ActionProperties"/>.</summary>
    public IReadOnlyList<Explanation.ExplainedProperty> ActionPropertySources => _actionPropertySources;

    /// <summary>The state atoms.</summary>
    public ImmutableArray<Node?> StateAtoms => [.. _stateAtoms];

    /// <summary>The edge atoms.</summary>
    public ImmutableArray<Node> EdgeAtoms => [.. _edgeAtoms];

    /// <summary>True when some property needs the state graph.</summary>
    public bool NeedsGraph => _obligations.Count > 0 || _initialChecks.Count > 0;

    /// <summary>The engine's view of what was compiled.</summary>
    public LivenessSpec ToSpec() => new([.. _stateAtomNames], [.. _edgeAtomNames], [.. _fairness], [.. _obligations], [.. _initialChecks], [.. _derived]);

    /// <summary>Adds a temporal conjunct of the spec: fairness, possibly quantified.</summary>
    public void AddFairness(Expr expr, ModuleInstance owner, Scope? scope = null)
    {
        switch (expr)
        {
            case JunctionExpr { IsConjunction: true } j:
                foreach (var item in j.Items)
                {
                    AddFairness(item, owner, scope);
                }

                return;
            case ApplyExpr { Operator: "/\\", Args.Length: 2 } a:
                AddFairness(a.Args[0], owner, scope);
                AddFairness(a.Args[1], owner, scope);
                return;
            case QuantifierExpr { IsForAll: true } q:
                foreach (var inner in Expand(q, owner, scope))
                {
                    AddFairness(q.Body, owner, inner);
                }

                return;
            case FairnessExpr f:
            {
                var (enabled, taken) = FairnessAtoms(f, owner, scope);
                _fairness.Add(new FairnessConstraint(Describe(f.Span, scope), f.IsStrong, enabled, taken));
                return;
            }
        }

        if (Unfold(expr, owner, scope) is { } unfolded)
        {
            AddFairness(unfolded.Body, unfolded.Owner, unfolded.Scope);
            return;
        }

        throw Unsupported(expr.Span, "this temporal conjunct of the specification is not supported; fairness must be WF_v(A) or SF_v(A), possibly under \\A");
    }

    /// <summary>Adds <paramref name="body"/> for behaviours whose initial state satisfies <paramref name="initial"/>.</summary>
    private void AddUnderInitial(string name, AtomCondition initial, Expr body, ModuleInstance owner, Scope? scope)
    {
        var saved = _initial;
        _initial = _initial.And(initial);
        try
        {
            AddProperty(name, body, owner, scope);
        }
        finally
        {
            _initial = saved;
        }
    }

    /// <summary>Adds the property <paramref name="name"/>, defined by <paramref name="body"/>.</summary>
    public void AddProperty(string name, Expr body, ModuleInstance owner, Scope? scope = null)
    {
        switch (body)
        {
            case JunctionExpr { IsConjunction: true } j:
                foreach (var item in j.Items)
                {
                    AddProperty(name, item, owner, scope);
                }

                return;
            case ApplyExpr { Operator: "/\\", Args.Length: 2 } a:
                AddProperty(name, a.Args[0], owner, scope);
                AddProperty(name, a.Args[1], owner, scope);
                return;
            case QuantifierExpr { IsForAll: true } q when compiler.LevelOfExpression(q, owner) >= 2:
                foreach (var inner in Expand(q, owner, scope))
                {
                    AddProperty(name, q.Body, owner, inner);
                }

                return;
        }

        var level = compiler.LevelOfExpression(body, owner);
        if (level <= 1)
        {
            _initialChecks.Add((name, StateAtom(body, owner, scope)));
            return;
        }

        if (body is IfExpr conditional && compiler.LevelOfExpression(conditional.Condition, owner) <= 1)
        {
            // IF c THEN F ELSE G, with c about the initial state: (c => F) /\ (~c => G).
            var c = StateAtom(conditional.Condition, owner, scope);
            AddUnderInitial(name, AtomCondition.Is(c), conditional.Then, owner, scope);
            AddUnderInitial(name, AtomCondition.Not(c), conditional.Else, owner, scope);
            return;
        }

        if (body is ApplyExpr { Operator: "=>", Args.Length: 2 } refinement && compiler.LevelOfExpression(refinement.Args[0], owner) >= 2)
        {
            // Spec => TC!Spec: every checked behaviour satisfies the left side (it is the spec being
            // checked, as TLC assumes), so the right side is what must hold.
            AddProperty(name, refinement.Args[1], owner, scope);
            return;
        }

        if (body is ApplyExpr { Operator: "=>", Args.Length: 2 } implies && compiler.LevelOfExpression(implies.Args[0], owner) <= 1)
        {
            // P => F holds of a behaviour when P is false initially or F holds: violations start where P holds.
            AddUnderInitial(name, AtomCondition.Is(StateAtom(implies.Args[0], owner, scope)), implies.Args[1], owner, scope);
            return;
        }

        switch (body)
        {
            case TemporalExpr { IsAlways: true } always:
                AddAlways(name, body, always.Operand, owner, scope);
                return;
            case TemporalExpr { IsAlways: false } eventually:
                AddEventually(name, body, eventually.Operand, owner, scope);
                return;
            case ApplyExpr { Operator: "~>", Args.Length: 2 } leadsTo:
                AddLeadsTo(name, body, leadsTo.Args[0], leadsTo.Args[1], owner, scope);
                return;
            case FairnessExpr f:
                AddFairnessProperty(name, f, owner, scope);
                return;
        }

        if (Unfold(body, owner, scope) is { } unfolded)
        {
            AddProperty(name, unfolded.Body, unfolded.Owner, unfolded.Scope);
            return;
        }

        throw Unsupported(body.Span, $"the temporal formula of property {name} is not supported here; supported: []P, <>P, []<>P, <>[]P, P ~> Q, [](P => []Q), [](P => <>[]Q), [][A]_v, []<><<A>>_v, WF/SF, conjunctions and \\A over constant sets");
    }
}
