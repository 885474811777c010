using System.Diagnostics.CodeAnalysis;

namespace ModelCheck.Tla.Syntax;

/// <summary>
/// The TLA+ operator precedence table and synonym normalisation.
/// </summary>
/// <remarks>
/// Why: the ranges are SANY's (<c>tla2sany/configuration/ConfigConstants.java</c>, divided by 10),
/// which differ from Specifying Systems in a few places (e.g. SUBSET/UNION/DOMAIN are 10-13); TLC
/// accepts exactly what SANY accepts, so SANY is the reference. Two operators whose ranges overlap
/// conflict unless they are the same left-associative operator.
/// </remarks>
internal static class OperatorTable
{
    private static readonly Dictionary<string, OperatorInfo> s_infix = BuildInfix();
    private static readonly Dictionary<string, OperatorInfo> s_prefix = BuildPrefix();
    private static readonly Dictionary<string, OperatorInfo> s_postfix = BuildPostfix();

    /// <summary>Looks up an infix operator by any of its spellings.</summary>
    public static bool TryGetInfix(string symbol, [NotNullWhen(true)] out OperatorInfo? info) =>
        s_infix.TryGetValue(symbol, out info);

    /// <summary>Looks up a prefix operator (<c>~</c>, <c>-</c>, <c>[]</c>, <c>SUBSET</c> ...) by any of its spellings.</summary>
    public static bool TryGetPrefix(string symbol, [NotNullWhen(true)] out OperatorInfo? info) =>
        s_prefix.TryGetValue(symbol, out info);

    /// <summary>Looks up a postfix operator (<c>'</c>, <c>^+</c>, <c>^*</c>, <c>^#</c>).</summary>
    public static bool TryGetPostfix(string symbol, [NotNullWhen(true)] out OperatorInfo? info) =>
        s_postfix.TryGetValue(symbol, out info);

    /// <summary>True when <paramref name="symbol"/> is an infix, prefix or postfix operator symbol.</summary>
    public static bool IsOperatorSymbol(string symbol) =>
        s_infix.ContainsKey(symbol) || s_prefix.ContainsKey(symbol) || s_postfix.ContainsKey(symbol);

    /// <summary>
    /// The AST name of an operator symbol used as a value (an argument, a substitution target, a
    /// declaration): infix meaning first, so <c>-</c> is binary minus and <c>-.</c> unary minus.
    /// </summary>
    public static string CanonicalName(string symbol)
    {
        if (s_infix.TryGetValue(symbol, out var infix))
        {
            return infix.Name;
        }

        if (s_prefix.TryGetValue(symbol, out var prefix))
        {
            return prefix.Name;
        }

        return s_postfix.TryGetValue(symbol, out var postfix) ? postfix.Name : symbol;
    }

    private static Dictionary<string, OperatorInfo> BuildInfix()
    {
        var table = new Dictionary<string, OperatorInfo>(StringComparer.Ordinal);
        Add(table, 1, 1, false, "=>");
        Add(table, 2, 2, false, "<=>", "\\equiv");
        Add(table, 2, 2, false, "~>", "\\leadsto");
        Add(table, 2, 2, false, "-+->");
        Add(table, 3, 3, true, "/\\", "\\land");
        Add(table, 3, 3, true, "\\/", "\\lor");
        Add(table, 5, 5, false, "=");
        Add(table, 5, 5, false, "/=", "#");
        Add(table, 5, 5, false, "<=", "=<", "\\leq");
        Add(table, 5, 5, false, ">=", "\\geq");
        foreach (var relation in new[]
        {
            "<", ">", "\\in", "\\notin", "\\subseteq", "\\subset", "\\supseteq", "\\supset",
            "\\prec", "\\preceq", "\\succ", "\\succeq", "\\sim", "\\simeq", "\\approx", "\\asymp",
            "\\cong", "\\doteq", "\\propto", "\\ll", "\\gg", "\\sqsubset", "\\sqsubseteq",
            "\\sqsupset", "\\sqsupseteq", "|-", "|=", "-|", "=|", ":=", "::=",
        })
        {
            Add(table, 5, 5, false, relation);
        }

        Add(table, 5, 14, true, "\\cdot");
        Add(table, 6, 6, true, "@@");
        Add(table, 7, 7, false, ":>");
        Add(table, 7, 7, false, "<:");
        Add(table, 8, 8, false, "\\");
        Add(table, 8, 8, true, "\\cap", "\\intersect");
        Add(table, 8, 8, true, "\\cup", "\\union");
        Add(table, 9, 9, false, "..");
        Add(table, 9, 9, false, "...");
        Add(table, 9, 13, true, "$");
        Add(table, 9, 13, true, "$$");
        Add(table, 9, 13, true, "??");
        Add(table, 9, 13, true, "##");
        Add(table, 9, 13, false, "!!");
        Add(table, 9, 13, true, "\\uplus");
        Add(table, 9, 13, true, "\\sqcap");
        Add(table, 9, 13, true, "\\sqcup");
        Add(table, 9, 14, false, "\\wr");
        Add(table, 10, 10, true, "+");
        Add(table, 10, 10, true, "++");
        Add(table, 10, 10, true, "\\oplus", "(+)");
        Add(table, 10, 11, true, "|");
        Add(table, 10, 11, true, "||");
        Add(table, 10, 11, true, "%%");
        Add(table, 10, 11, false, "%");
        Add(table, 10, 13, true, "\\X", "\\times");
        Add(table, 11, 11, true, "-");
        Add(table, 11, 11, true, "--");
        Add(table, 11, 11, true, "\\ominus", "(-)");
        Add(table, 13, 13, true, "*");
        Add(table, 13, 13, true, "**");
        Add(table, 13, 13, false, "/");
        Add(table, 13, 13, false, "//");
        Add(table, 13, 13, false, "\\div");
        Add(table, 13, 13, true, "&");
        Add(table, 13, 13, true, "&&");
        Add(table, 13, 13, true, "\\o", "\\circ");
        Add(table, 13, 13, true, "\\odot", "(.)");
        Add(table, 13, 13, false, "\\oslash", "(/)");
        Add(table, 13, 13, true, "\\otimes", "(\\X)");
        Add(table, 13, 13, true, "\\star");
        Add(table, 13, 13, true, "\\bigcirc");
        Add(table, 13, 13, true, "\\bullet");
        Add(table, 14, 14, false, "^");
        Add(table, 14, 14, false, "^^");
        return table;
    }

    private static Dictionary<string, OperatorInfo> BuildPrefix()
    {
        var table = new Dictionary<string, OperatorInfo>(StringComparer.Ordinal);
        Add(table, 4, 4, false, "~", "\\lnot", "\\neg");
        Add(table, 4, 15, false, "[]");
        Add(table, 4, 15, false, "<>");
        Add(table, 4, 15, false, "ENABLED");
        Add(table, 4, 15, false, "UNCHANGED");
        Add(table, 10, 13, false, "SUBSET");
        Add(table, 10, 13, false, "UNION");
        Add(table, 10, 13, false, "DOMAIN");
        Add(table, 12, 12, false, "-.", "-");
        return table;
    }

    private static Dictionary<string, OperatorInfo> BuildPostfix()
    {
        var table = new Dictionary<string, OperatorInfo>(StringComparer.Ordinal);
        Add(table, 15, 15, false, "'");
        Add(table, 15, 15, false, "^+");
        Add(table, 15, 15, false, "^*");
        Add(table, 15, 15, false, "^#");
        return table;
    }

    // The first spelling is the canonical AST name; the rest are synonyms that normalise to it.
    private static void Add(Dictionary<string, OperatorInfo> table, int low, int high, bool leftAssociative, params string[] spellings)
    {
        var info = new OperatorInfo(spellings[0], low, high, leftAssociative);
        foreach (var spelling in spellings)
        {
            table[spelling] = info;
        }
    }
}
