using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling.Explanation;

/// <summary>
/// Says why a property is false in a state (or on a step): the conjunct that is false, found by
/// descending through conjunctions, definitions, <c>\A</c>, <c>=&gt;</c> and <c>IF</c>, and, for a
/// comparison, the values of both sides.
/// </summary>
/// <remarks>
/// Why on the syntax and not on the compiled nodes: the reader needs the formula as written, and
/// the parts are compiled on demand, once, after the search; nothing here runs in the hot loop.
/// </remarks>
internal sealed partial class PropertyExplainer
{
    private readonly Compiler _compiler;
    private readonly Func<SourceSpan, string> _sourceText;
    private readonly int _variableCount;
    private readonly ImmutableArray<ExplainedProperty?> _invariants;
    private readonly ImmutableArray<ExplainedProperty> _actionProperties;
    private readonly FrameLayout _valueLayout = new(null);
    private readonly Lock _gate = new();
    private EvalContext _ctx;
    private int _assignments;

    private PropertyExplainer(Compiler compiler, Func<SourceSpan, string> sourceText, int variableCount, ImmutableArray<ExplainedProperty?> invariants, ImmutableArray<ExplainedProperty> actionProperties)
    {
        _compiler = compiler;
        _sourceText = sourceText;
        _variableCount = variableCount;
        _invariants = invariants;
        _actionProperties = actionProperties;
        _ctx = new EvalContext(variableCount);
    }

    /// <summary>Creates an explainer for the invariants named in the configuration (in its order) and the action properties found in its properties.</summary>
    /// <param name="compiler">The model's compiler, used after the search only.</param>
    /// <param name="sourceText">The source text of a span, on one line.</param>
    /// <param name="variableCount">The number of state variables.</param>
    /// <param name="invariantNames">The invariants, in configuration order.</param>
    /// <param name="actionProperties">The actions of the <c>[][A]_v</c> properties, in the model's order.</param>
    public static PropertyExplainer Create(
        Compiler compiler,
        Func<SourceSpan, string> sourceText,
        int variableCount,
        IEnumerable<string> invariantNames,
        IEnumerable<ExplainedProperty> actionProperties)
    {
        var invariants = invariantNames
            .Select(name => compiler.FindRootDefinition(name) is { Definition: OperatorDef def } symbol
                ? new ExplainedProperty(name, def.Body, symbol.Owner, null)
                : null)
            .ToImmutableArray();
        return new PropertyExplainer(compiler, sourceText, variableCount, invariants, [.. actionProperties]);
    }

    /// <summary>Why invariant <paramref name="index"/> is false in <paramref name="state"/>, or null.</summary>
    public string? ExplainInvariant(int index, Value[] state)
    {
        if (index < 0 || index >= _invariants.Length || _invariants[index] is not { } property)
        {
            return null;
        }

        return Explain(property, state, new Value?[_variableCount], step: false);
    }

    /// <summary>Why action property <paramref name="index"/> is false on the step, or null.</summary>
    public string? ExplainActionProperty(int index, Value[] from, Value[] to)
    {
        if (index < 0 || index >= _actionProperties.Length)
        {
            return null;
        }

        return Explain(_actionProperties[index], from, to, step: true);
    }

    private string? Explain(ExplainedProperty property, Value[] state, Value?[] next, bool step)
    {
        lock (_gate)
        {
            var saved = EvalContext.Current;
            _ctx = new EvalContext(_variableCount) { State = state, Next = next };
            EvalContext.Current = _ctx;
            _assignments = 0;
            try
            {
                var top = new Culprit(property.Body, property.Owner, property.Scope, property.Name, 0);
                if (!IsFalse(top.Expr, top.Owner, top.Scope))
                {
                    return null;
                }

                var context = new List<string>();
                var culprit = Descend(top, context, 0);
                var where = culprit.Conjunct > 0 ? $"conjunct {culprit.Conjunct} of {culprit.Definition}" : culprit.Definition;
                var lines = new List<string> { $"Why: {where} is false{(step ? " on the last step" : string.Empty)}: {Text(culprit.Expr)}" };
                lines.AddRange(context.Select(c => "  " + c));
                AddValues(culprit, lines);

                // Why nothing then: repeating the property's whole definition tells the reader nothing new.
                return lines.Count == 1 && ReferenceEquals(culprit.Expr, property.Body) ? null : string.Join('\n', lines);
            }
            finally
            {
                EvalContext.Current = saved;
            }
        }
    }

    /// <summary>Under a false comparison, each side that is not a literal with its value.</summary>
    private void AddValues(Culprit culprit, List<string> lines)
    {
        var e = culprit.Expr;
        if (e is ApplyExpr { Operator: "~", Args.Length: 1 } negation)
        {
            e = negation.Args[0];
        }

        if (e is not ApplyExpr { Args.Length: 2 } comparison || !IsComparison(comparison.Operator))
        {
            return;
        }

        foreach (var side in comparison.Args)
        {
            var text = Text(side);
            if (Evaluate(side, culprit.Owner, culprit.Scope) is not { } value)
            {
                continue;
            }

            var formatted = value.ToString();
            if (!string.Equals(formatted, text, StringComparison.Ordinal))
            {
                lines.Add($"  {text} = {formatted}");
            }
        }
    }

    private static bool IsComparison(string op) => op is "=" or "/=" or "<" or "<=" or ">" or ">=" or "\\in" or "\\notin" or "\\subseteq";

    /// <summary>The value of <paramref name="expr"/> in the state (or step) being explained; null when it cannot be evaluated.</summary>
    private Value? Evaluate(Expr expr, ModuleInstance owner, Scope? scope)
    {
        try
        {
            _ctx.Frame = EvalContext.RootFrame;
            return _compiler.CompileStandalone(expr, owner, scope).Eval(_ctx);
        }
        catch (DiagnosticException)
        {
            return null;
        }
        catch (ValueException)
        {
            return null;
        }
    }

    private bool IsFalse(Expr expr, ModuleInstance owner, Scope? scope) => ReferenceEquals(Evaluate(expr, owner, scope), BoolValue.False);

    private bool IsTrue(Expr expr, ModuleInstance owner, Scope? scope) => ReferenceEquals(Evaluate(expr, owner, scope), BoolValue.True);

    private string Text(Expr expr) => SourceQuote.Balance(_sourceText(expr.Span));
}
