namespace ModelCheck.Tla.Syntax;

/// <content>Fixed vocabularies of the lexer.</content>
internal sealed partial class Lexer
{
    // Reserved words of TLA+2 (SANY rejects them as identifiers).
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "ACTION", "ASSUME", "ASSUMPTION", "AXIOM", "BOOLEAN", "BY", "CASE", "CHOOSE", "CONSTANT",
        "CONSTANTS", "COROLLARY", "DEF", "DEFINE", "DEFS", "DOMAIN", "ELSE", "ENABLED", "EXCEPT",
        "EXTENDS", "FALSE", "HAVE", "HIDE", "IF", "IN", "INSTANCE", "LAMBDA", "LEMMA", "LET", "LOCAL",
        "MODULE", "NEW", "OBVIOUS", "OMITTED", "ONLY", "OTHER", "PICK", "PROOF", "PROPOSITION", "PROVE",
        "QED", "RECURSIVE", "STATE", "STRING", "SUBSET", "SUFFICES", "TAKE", "TEMPORAL", "THEN",
        "THEOREM", "TRUE", "UNCHANGED", "UNION", "USE", "VARIABLE", "VARIABLES", "WITH", "WITNESS",
    };

    // Operators spelled as a backslash followed by letters.
    private static readonly HashSet<string> s_backslashOperators = new(StringComparer.Ordinal)
    {
        "\\A", "\\E", "\\AA", "\\EE", "\\X", "\\in", "\\notin", "\\cup", "\\cap", "\\union",
        "\\intersect", "\\subseteq", "\\subset", "\\supseteq", "\\supset", "\\times", "\\div", "\\o",
        "\\circ", "\\cdot", "\\land", "\\lor", "\\lnot", "\\neg", "\\equiv", "\\leq", "\\geq", "\\prec",
        "\\preceq", "\\succ", "\\succeq", "\\sim", "\\simeq", "\\approx", "\\asymp", "\\cong", "\\doteq",
        "\\propto", "\\ll", "\\gg", "\\sqsubset", "\\sqsubseteq", "\\sqsupset", "\\sqsupseteq",
        "\\oplus", "\\ominus", "\\odot", "\\oslash", "\\otimes", "\\uplus", "\\sqcap", "\\sqcup",
        "\\star", "\\bigcirc", "\\bullet", "\\wr", "\\leadsto",
    };

    // Punctuation and symbolic operators, longest first so that the first match is the longest.
    private static readonly string[] s_symbols =
    [
        "-+->", "(\\X)",
        "<=>", "|->", "::=", "...", "(+)", "(-)", "(.)", "(/)", ">>_",
        "==", "=>", "=<", "=|", "<=", "<<", "<:", "<>", "<-", ">>", ">=", "/\\", "/=", "//", "~>",
        "->", "-|", "--", "-.", "|-", "|=", "||", "[]", "]_", "::", ":=", ":>", "..", "!!", "@@",
        "++", "**", "^^", "^+", "^*", "^#", "&&", "$$", "??", "%%", "##",
        "=", "<", ">", "/", "~", "-", "|", "[", "]", "(", ")", "{", "}", ",", ":", ".", "!", "@",
        "'", "+", "*", "^", "&", "$", "%", "#",
    ];

    // Unicode spellings accepted by SANY, mapped to their ASCII form.
    private static readonly Dictionary<char, string> s_unicodeSymbols = new()
    {
        ['≜'] = "==", ['∧'] = "/\\", ['∨'] = "\\/", ['¬'] = "~", ['⇒'] = "=>", ['⇔'] = "<=>",
        ['≡'] = "<=>", ['∈'] = "\\in", ['∉'] = "\\notin", ['≠'] = "/=", ['≤'] = "<=", ['≥'] = ">=",
        ['⊆'] = "\\subseteq", ['⊂'] = "\\subset", ['⊇'] = "\\supseteq", ['⊃'] = "\\supset",
        ['∪'] = "\\cup", ['∩'] = "\\cap", ['×'] = "\\X", ['∀'] = "\\A", ['∃'] = "\\E", ['□'] = "[]",
        ['◇'] = "<>", ['⟨'] = "<<", ['⟩'] = ">>", ['↦'] = "|->", ['→'] = "->", ['↝'] = "~>",
        ['←'] = "<-", ['∘'] = "\\o", ['⊕'] = "\\oplus", ['⊖'] = "\\ominus", ['÷'] = "\\div",
        ['⋅'] = "\\cdot", ['‥'] = "..", ['≺'] = "\\prec", ['≻'] = "\\succ", ['⪯'] = "\\preceq",
        ['⪰'] = "\\succeq", ['⊎'] = "\\uplus",
    };
}
