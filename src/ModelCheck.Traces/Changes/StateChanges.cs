using System.Text;
using ModelCheck.Engine.Values;

namespace ModelCheck.Traces.Changes;

/// <summary>
/// What a step changed, for writers that show it: the changed variables and, inside functions and
/// records whose domain stayed the same, only the entries that changed.
/// </summary>
/// <remarks>
/// Why entries only when the domain is unchanged: a function that gained or lost keys (a sequence
/// that grew, a map over a growing set) reads best as its whole new value; a function over a fixed
/// set of processes reads best as "which process changed".
/// </remarks>
internal static class StateChanges
{
    // Why: a field named like a TLA+ keyword cannot follow a dot ("r.ELSE" does not parse), so it is written r["ELSE"].
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "ACTION", "ASSUME", "ASSUMPTION", "AXIOM", "BOOLEAN", "BY", "CASE", "CHOOSE", "CONSTANT", "CONSTANTS", "COROLLARY",
        "DEF", "DEFINE", "DEFS", "DOMAIN", "ELSE", "ENABLED", "EXCEPT", "EXTENDS", "FALSE", "HAVE", "HIDE", "IF", "IN",
        "INSTANCE", "LAMBDA", "LEMMA", "LET", "LOCAL", "MODULE", "NEW", "OBVIOUS", "OMITTED", "OTHER", "PICK", "PROOF",
        "PROPOSITION", "PROVE", "QED", "RECURSIVE", "SF_", "STATE", "STRING", "SUBSET", "SUFFICES", "TAKE", "TEMPORAL",
        "THEN", "THEOREM", "TRUE", "UNCHANGED", "UNION", "USE", "VARIABLE", "VARIABLES", "WF_", "WITH", "WITNESS",
    };

    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>, variable by variable, entries in canonical key order.</summary>
    /// <param name="variables">Variable names, in the order of the states' values.</param>
    /// <param name="before">The earlier state.</param>
    /// <param name="after">The later state.</param>
    public static List<ValueChange> Between(IReadOnlyList<string> variables, Value[] before, Value[] after)
    {
        var changes = new List<ValueChange>();
        for (var v = 0; v < variables.Count; v++)
        {
            Collect(variables[v], variables[v], before[v], after[v], changes);
        }

        return changes;
    }

    /// <summary>The changes inside one variable: itself, or the entries that changed.</summary>
    public static List<ValueChange> Of(string variable, Value before, Value after)
    {
        var changes = new List<ValueChange>();
        Collect(variable, variable, before, after, changes);
        return changes;
    }

    /// <summary>Appends <c>[key]</c>, or <c>.field</c> for a string key that is a TLA+ identifier.</summary>
    public static void AppendKey(StringBuilder path, Value key)
    {
        if (key is StringValue s && IsIdentifier(s.Value))
        {
            path.Append('.').Append(s.Value);
        }
        else
        {
            path.Append('[');
            key.Format(path);
            path.Append(']');
        }
    }

    private static void Collect(string variable, string path, Value before, Value after, List<ValueChange> changes)
    {
        if (before.Equals(after))
        {
            return;
        }

        if (before is FunctionValue f && after is FunctionValue g && SameDomain(f, g))
        {
            var builder = new StringBuilder();
            for (var i = 0; i < f.Count; i++)
            {
                builder.Clear().Append(path);
                AppendKey(builder, f.KeyAt(i));
                Collect(variable, builder.ToString(), f.ValueAt(i), g.ValueAt(i), changes);
            }

            return;
        }

        changes.Add(new ValueChange(variable, path, before, after));
    }

    private static bool SameDomain(FunctionValue f, FunctionValue g)
    {
        if (f is LazyFunctionValue { DomainSet.IsFinite: false } || g is LazyFunctionValue { DomainSet.IsFinite: false })
        {
            return false;
        }

        var n = f.Count;
        if (n == 0 || n != g.Count)
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            if (!f.KeyAt(i).Equals(g.KeyAt(i)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var hasLetter = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                hasLetter = true;
            }
            else if (c != '_' && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        // Why: TLA+ identifiers need a letter (1_000 is a number).
        return hasLetter && !s_reserved.Contains(text);
    }
}
