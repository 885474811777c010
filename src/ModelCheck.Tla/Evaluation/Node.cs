using System.Runtime.CompilerServices;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation;

/// <summary>
/// A compiled TLA+ expression: names resolved to slots, variables and operators at compile time,
/// evaluated by virtual dispatch with no dictionary look-up.
/// </summary>
internal abstract class Node(SourceSpan span)
{
    /// <summary>Where the expression is, for run-time errors.</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>Evaluates the expression.</summary>
    public abstract Value Eval(EvalContext ctx);

    /// <summary>Evaluates to a boolean, or fails with a TLC-like message.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool EvalBool(EvalContext ctx)
    {
        var v = Eval(ctx);
        if (ReferenceEquals(v, BoolValue.True))
        {
            return true;
        }

        if (ReferenceEquals(v, BoolValue.False))
        {
            return false;
        }

        return NotBoolean(v);
    }

    /// <summary>Evaluates to a set.</summary>
    public SetValue EvalSet(EvalContext ctx) => Eval(ctx) as SetValue ?? NotA<SetValue>(ctx, "a set");

    /// <summary>Evaluates to an integer.</summary>
    public long EvalInt(EvalContext ctx) => Eval(ctx) is IntValue i ? i.Value : NotA<IntValue>(ctx, "an integer").Value;

    /// <summary>Evaluates to a set and enumerates it, reporting infinite sets here.</summary>
    public Value[] EvalElements(EvalContext ctx) => ElementsOf(ctx, Eval(ctx));

    /// <summary>Enumerates <paramref name="value"/>, this expression's value, reporting infinite sets and non-sets here.</summary>
    public Value[] ElementsOf(EvalContext ctx, Value value)
    {
        var set = value as SetValue ?? NotA<SetValue>(ctx, "a set");
        try
        {
            return set.Enumerate().Elements;
        }
        catch (ValueException e)
        {
            return EvalErrors.Throw<Value[]>(Span, e.Message);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool NotBoolean(Value v) => EvalErrors.Throw<bool>(Span, $"expected a boolean, found {Describe(v)}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private T NotA<T>(EvalContext ctx, string what) => EvalErrors.Throw<T>(Span, $"expected {what}, found {Describe(Eval(ctx))}");

    /// <summary>Formats a value for an error message, shortened.</summary>
    public static string Describe(Value v)
    {
        var text = v.ToString();
        return text.Length > 200 ? string.Concat(text.AsSpan(0, 200), "...") : text;
    }
}
