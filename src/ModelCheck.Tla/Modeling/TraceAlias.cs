using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation;

namespace ModelCheck.Tla.Modeling;

/// <summary>
/// TLC's <c>ALIAS</c>: a state expression giving a record, shown for each state of a trace in
/// place of the variables (the record's fields, in alphabetical order, become the trace's names).
/// </summary>
internal static class TraceAlias
{
    /// <summary>
    /// <paramref name="trace"/> with each state replaced by the alias record's fields, or null with
    /// <paramref name="problem"/> set when the alias fails on some state or is not a record with the
    /// same fields in every state (the trace is then shown as it is).
    /// </summary>
    public static Counterexample? Apply(TlaModel model, Counterexample trace, out string? problem)
    {
        problem = null;
        var alias = model.Alias!;
        var ctx = new EvalContext(model.VariableNames.Length);
        var saved = EvalContext.Current;
        EvalContext.Current = ctx;
        ctx.Frame = EvalContext.RootFrame;
        try
        {
            return Apply(model, alias, ctx, trace, out problem);
        }
        finally
        {
            EvalContext.Current = saved;
        }
    }

    private static Counterexample? Apply(TlaModel model, Node alias, EvalContext ctx, Counterexample trace, out string? problem)
    {
        problem = null;
        ImmutableArray<string> names = default;
        var steps = ImmutableArray.CreateBuilder<TraceStep>(trace.Steps.Length);
        foreach (var step in trace.Steps)
        {
            Value value;
            try
            {
                ctx.State = step.State;
                value = alias.Eval(ctx);
            }
            catch (Exception e) when (e is ValueException or DiagnosticException)
            {
                problem = $"ALIAS {model.AliasName} cannot be evaluated on a state of the trace: {(e is DiagnosticException d ? d.Diagnostic.Message : e.Message)}";
                return null;
            }

            if (value is not FunctionValue record || !HasStringKeys(record))
            {
                problem = $"ALIAS {model.AliasName} must be a record, but it is {value}";
                return null;
            }

            var fields = new string[record.Count];
            var values = new Value[record.Count];
            for (var i = 0; i < record.Count; i++)
            {
                fields[i] = ((StringValue)record.KeyAt(i)).Value;
                values[i] = record.ValueAt(i);
            }

            if (names.IsDefault)
            {
                names = [.. fields];
            }
            else if (!names.SequenceEqual(fields, StringComparer.Ordinal))
            {
                problem = $"ALIAS {model.AliasName} gives records with different fields in different states";
                return null;
            }

            steps.Add(step with { State = values });
        }

        return trace with { Variables = names, Steps = steps.MoveToImmutable() };
    }

    private static bool HasStringKeys(FunctionValue function)
    {
        for (var i = 0; i < function.Count; i++)
        {
            if (function.KeyAt(i) is not StringValue)
            {
                return false;
            }
        }

        return true;
    }
}
