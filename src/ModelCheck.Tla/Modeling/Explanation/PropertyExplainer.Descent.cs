using ModelCheck.Engine.Values;
using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling.Explanation;

/// <summary>The descent from a false formula to the smallest part that is false for a reason worth showing.</summary>
internal sealed partial class PropertyExplainer
{
    /// <summary>Definitions unfolded one inside another at most; recursive operators stop here.</summary>
    private const int MaxDepth = 32;

    /// <summary>Assignments of bound variables tried at most, so that a huge <c>\A</c> never stalls the report.</summary>
    private const int MaxAssignments = 100_000;

    /// <summary>
    /// The innermost false part of <paramref name="at"/>, which is false; <paramref name="context"/>
    /// gets one line per choice made on the way (bound values, hypotheses that hold).
    /// </summary>
    private Culprit Descend(Culprit at, List<string> context, int depth)
    {
        if (depth > MaxDepth)
        {
            return at;
        }

        var conjuncts = new List<Expr>();
        Flatten(at.Expr, conjuncts);
        if (conjuncts.Count > 1)
        {
            for (var i = 0; i < conjuncts.Count; i++)
            {
                if (IsFalse(conjuncts[i], at.Owner, at.Scope))
                {
                    return Descend(at with { Expr = conjuncts[i], Conjunct = i + 1 }, context, depth + 1);
                }
            }

            // No single conjunct is false (one cannot be evaluated alone): the conjunction is the answer.
            return at;
        }

        switch (at.Expr)
        {
            case QuantifierExpr { IsForAll: true } forAll:
                if (FindFalseInstance(forAll, at.Owner, at.Scope) is { } instance)
                {
                    context.Add($"for {instance.Text}");
                    return Descend(at with { Expr = forAll.Body, Scope = instance.Scope }, context, depth + 1);
                }

                return at;
            case ApplyExpr { Operator: "=>", Args.Length: 2 } implies:
                // P => Q is false: P holds and Q does not.
                context.Add($"given {Text(implies.Args[0])}");
                return Descend(at with { Expr = implies.Args[1] }, context, depth + 1);
            case IfExpr conditional:
                if (IsTrue(conditional.Condition, at.Owner, at.Scope))
                {
                    context.Add($"given {Text(conditional.Condition)}");
                    return Descend(at with { Expr = conditional.Then }, context, depth + 1);
                }

                if (IsFalse(conditional.Condition, at.Owner, at.Scope))
                {
                    context.Add($"given ~({Text(conditional.Condition)})");
                    return Descend(at with { Expr = conditional.Else }, context, depth + 1);
                }

                return at;
        }

        if (Unfold(at, context) is { } unfolded)
        {
            return Descend(unfolded, context, depth + 1);
        }

        return at;
    }

    /// <summary>The conjuncts of <paramref name="e"/> as written: bulleted lists and infix <c>/\</c>.</summary>
    private static void Flatten(Expr e, List<Expr> into)
    {
        switch (e)
        {
            case JunctionExpr { IsConjunction: true } junction:
                foreach (var item in junction.Items)
                {
                    Flatten(item, into);
                }

                return;
            case ApplyExpr { Operator: "/\\", Args.Length: 2 } and:
                Flatten(and.Args[0], into);
                Flatten(and.Args[1], into);
                return;
            default:
                into.Add(e);
                return;
        }
    }

    /// <summary>
    /// A use of a definition replaced by its body: a name without parameters, or an operator whose
    /// parameters are bound to the values of its arguments; null for anything else.
    /// </summary>
    private Culprit? Unfold(Culprit at, List<string> context)
    {
        var (name, args) = at.Expr switch
        {
            NameExpr n => (n.Name, []),
            ApplyExpr a => (a.Operator, a.Args),
            _ => (string.Empty, System.Collections.Immutable.ImmutableArray<Expr>.Empty),
        };
        if (name.Length == 0 || at.Scope?.Find(name) is not null)
        {
            return null;
        }

        if (_compiler.Resolve(name, at.Owner) is not DefinitionSymbol { Definition: OperatorDef def } symbol
            || def.Params.Length != args.Length
            || def.Params.Any(p => p.Arity > 0))
        {
            return null;
        }

        Scope? scope = null;
        if (args.Length > 0)
        {
            scope = new Scope(null);
            var bound = new List<string>();
            for (var i = 0; i < args.Length; i++)
            {
                if (Evaluate(args[i], at.Owner, at.Scope) is not { } value)
                {
                    return null;
                }

                scope.Add(def.Params[i].Name, new ValueBinding(_valueLayout, value));

                // Why skip p = p: the argument's own name already says which value it is.
                if (!string.Equals(Text(args[i]), def.Params[i].Name, StringComparison.Ordinal))
                {
                    bound.Add($"{def.Params[i].Name} = {value}");
                }
            }

            if (bound.Count > 0)
            {
                context.Add($"with {string.Join(", ", bound)}");
            }
        }

        return new Culprit(def.Body, symbol.Owner, scope, symbol.Name, 0);
    }

    /// <summary>The first assignment of the bound variables (in the sets' order) for which the body is false.</summary>
    private (Scope Scope, string Text)? FindFalseInstance(QuantifierExpr forAll, ModuleInstance owner, Scope? scope)
    {
        var names = new List<(string Name, Expr Domain)>();
        foreach (var binding in forAll.Bindings)
        {
            if (binding.IsTuple || binding.Domain is null)
            {
                return null;
            }

            names.AddRange(binding.Names.Select(n => (n, binding.Domain)));
        }

        return Search(0, scope, []);

        (Scope Scope, string Text)? Search(int i, Scope? current, List<string> texts)
        {
            if (i == names.Count)
            {
                return IsFalse(forAll.Body, owner, current) ? (current!, string.Join(", ", texts)) : null;
            }

            if (Evaluate(names[i].Domain, owner, current) is not SetValue domain)
            {
                return null;
            }

            Value[] elements;
            try
            {
                elements = domain.Enumerate().Elements;
            }
            catch (ValueException)
            {
                return null;
            }

            foreach (var element in elements)
            {
                if (++_assignments > MaxAssignments)
                {
                    return null;
                }

                var inner = new Scope(current);
                inner.Add(names[i].Name, new ValueBinding(_valueLayout, element));
                texts.Add($"{names[i].Name} = {element}");
                if (Search(i + 1, inner, texts) is { } found)
                {
                    return found;
                }

                texts.RemoveAt(texts.Count - 1);
            }

            return null;
        }
    }
}
