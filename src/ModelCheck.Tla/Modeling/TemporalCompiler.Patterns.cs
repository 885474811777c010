using System.Collections.Immutable;
using ModelCheck.Engine.Liveness;
using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling;

/// <summary>The property patterns, each as the shape of its violation.</summary>
internal sealed partial class TemporalCompiler
{
    private static readonly ObligationPhase s_anywhere = new(AtomCondition.True, AtomCondition.True);

    private void AddAlways(string name, Expr whole, Expr operand, ModuleInstance owner, Scope? scope)
    {
        var level = compiler.LevelOfExpression(operand, owner);
        switch (operand)
        {
            case ActionExpr { IsBox: true } box:
            {
                var step = new JunctionExpr(box.Span, false, [box.Action, new ApplyExpr(box.Span, "=", [new PrimeExpr(box.Span, box.Subscript), box.Subscript])]);
                _actionProperties.Add((name, compiler.CompileStandalone(step, owner, scope)));
                _actionPropertySources.Add(new Explanation.ExplainedProperty(name, box.Action, owner, scope));
                return;
            }

            case TemporalExpr { IsAlways: false, Operand: var inner } when compiler.LevelOfExpression(inner, owner) <= 1:
            {
                var p = StateAtom(inner, owner, scope);
                Add(name, whole, scope, ObligationKind.InfinitelyOften, [s_anywhere], AtomCondition.Not(p), 0, [], AtomCondition.Is(p), everywhere: true);
                return;
            }

            case TemporalExpr { IsAlways: false, Operand: ActionExpr { IsBox: false } angle }:
            {
                var a = EdgeAtom(angle, owner, scope);
                Add(name, whole, scope, ObligationKind.InfinitelyOften, [s_anywhere], AtomCondition.True, 1u << a, []);
                return;
            }

            case TemporalExpr { IsAlways: true, Operand: var inner }:
                AddAlways(name, whole, inner, owner, scope);
                return;
            case ApplyExpr { Operator: "~>", Args.Length: 2 } leadsTo:
                AddLeadsTo(name, whole, leadsTo.Args[0], leadsTo.Args[1], owner, scope);
                return;
            case ApplyExpr { Operator: "=>", Args.Length: 2 } implies when compiler.LevelOfExpression(implies.Args[0], owner) <= 1:
                AddAlwaysImplies(name, whole, implies.Args[0], implies.Args[1], owner, scope);
                return;
            case JunctionExpr { IsConjunction: true } j:
                foreach (var item in j.Items)
                {
                    AddAlways(name, whole, item, owner, scope);
                }

                return;
        }

        if (level <= 1)
        {
            var p = StateAtom(operand, owner, scope);
            Add(name, whole, scope, ObligationKind.Always, [new ObligationPhase(AtomCondition.True, AtomCondition.Not(p))], AtomCondition.True, 0, []);
            return;
        }

        if (Unfold(operand, owner, scope) is { } unfolded)
        {
            AddAlways(name, whole, unfolded.Body, unfolded.Owner, unfolded.Scope);
            return;
        }

        throw Unsupported(operand.Span, $"[] of this formula is not supported (property {name})");
    }

    private void AddAlwaysImplies(string name, Expr whole, Expr left, Expr right, ModuleInstance owner, Scope? scope)
    {
        var l = StateAtom(left, owner, scope);
        var advance = new ObligationPhase(AtomCondition.True, AtomCondition.Is(l));
        switch (right)
        {
            case TemporalExpr { IsAlways: true, Operand: var q } when compiler.LevelOfExpression(q, owner) <= 1:
            {
                var qa = StateAtom(q, owner, scope);
                Add(name, whole, scope, ObligationKind.StaysOnceReached, [advance, new ObligationPhase(AtomCondition.True, AtomCondition.Not(qa))], AtomCondition.True, 0, [], AtomCondition.Is(l));
                return;
            }

            case TemporalExpr { IsAlways: false, Operand: TemporalExpr { IsAlways: true, Operand: var q } } when compiler.LevelOfExpression(q, owner) <= 1:
            {
                var qa = StateAtom(q, owner, scope);
                Add(name, whole, scope, ObligationKind.LeadsToStable, [advance], AtomCondition.True, 0, [AtomCondition.Not(qa)], AtomCondition.Is(l));
                return;
            }

            case TemporalExpr { IsAlways: false, Operand: var q } when compiler.LevelOfExpression(q, owner) <= 1:
                AddLeadsTo(name, whole, left, q, owner, scope);
                return;
            case TemporalExpr { IsAlways: true, Operand: TemporalExpr { IsAlways: false, Operand: var q } } when compiler.LevelOfExpression(q, owner) <= 1:
            {
                var qa = StateAtom(q, owner, scope);
                Add(name, whole, scope, ObligationKind.InfinitelyOften, [advance, s_anywhere], AtomCondition.Not(qa), 0, [], AtomCondition.Is(l));
                return;
            }
        }

        if (compiler.LevelOfExpression(right, owner) <= 1)
        {
            var r = StateAtom(right, owner, scope);
            Add(name, whole, scope, ObligationKind.Always, [new ObligationPhase(AtomCondition.True, AtomCondition.Is(l).And(AtomCondition.Not(r)))], AtomCondition.True, 0, []);
            return;
        }

        throw Unsupported(right.Span, $"the right side of => under [] is not supported (property {name})");
    }

    private void AddEventually(string name, Expr whole, Expr operand, ModuleInstance owner, Scope? scope)
    {
        switch (operand)
        {
            case TemporalExpr { IsAlways: true, Operand: var inner } when compiler.LevelOfExpression(inner, owner) <= 1:
            {
                var p = StateAtom(inner, owner, scope);
                Add(name, whole, scope, ObligationKind.EventuallyAlways, [s_anywhere], AtomCondition.True, 0, [AtomCondition.Not(p)]);
                return;
            }

            case ActionExpr { IsBox: false } angle:
            {
                var a = EdgeAtom(angle, owner, scope);
                Add(name, whole, scope, ObligationKind.Eventually, [], AtomCondition.True, 1u << a, []);
                return;
            }
        }

        if (compiler.LevelOfExpression(operand, owner) <= 1)
        {
            var p = StateAtom(operand, owner, scope);
            Add(name, whole, scope, ObligationKind.Eventually, [], AtomCondition.Not(p), 0, []);
            return;
        }

        if (Unfold(operand, owner, scope) is { } unfolded)
        {
            AddEventually(name, whole, unfolded.Body, unfolded.Owner, unfolded.Scope);
            return;
        }

        throw Unsupported(operand.Span, $"<> of this formula is not supported (property {name})");
    }

    private void AddLeadsTo(string name, Expr whole, Expr left, Expr right, ModuleInstance owner, Scope? scope)
    {
        if (compiler.LevelOfExpression(left, owner) > 1 || compiler.LevelOfExpression(right, owner) > 1)
        {
            throw Unsupported(whole.Span, $"~> is supported between state predicates (property {name})");
        }

        var p = StateAtom(left, owner, scope);
        var q = StateAtom(right, owner, scope);
        var start = new ObligationPhase(AtomCondition.True, AtomCondition.Is(p).And(AtomCondition.Not(q)));
        Add(name, whole, scope, ObligationKind.LeadsTo, [start], AtomCondition.Not(q), 0, [], AtomCondition.Is(p));
    }

    private void AddFairnessProperty(string name, FairnessExpr f, ModuleInstance owner, Scope? scope)
    {
        var (enabled, taken) = FairnessAtoms(f, owner, scope);
        if (f.IsStrong)
        {
            Add(name, f, scope, ObligationKind.Fairness, [s_anywhere], AtomCondition.True, 1u << taken, [AtomCondition.Is(enabled)]);
        }
        else
        {
            Add(name, f, scope, ObligationKind.Fairness, [new ObligationPhase(AtomCondition.True, AtomCondition.Is(enabled))], AtomCondition.Is(enabled), 1u << taken, []);
        }
    }

    private void Add(
        string name,
        Expr part,
        Scope? scope,
        ObligationKind kind,
        ImmutableArray<ObligationPhase> phases,
        AtomCondition cycleFilter,
        uint excludedEdges,
        ImmutableArray<AtomCondition> mustVisit,
        AtomCondition? vacuity = null,
        bool everywhere = false) =>
        _obligations.Add(new LivenessObligation(name, Describe(part.Span, scope), kind, phases, cycleFilter, excludedEdges, mustVisit, vacuity, everywhere) { Initial = _initial });
}
