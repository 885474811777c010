namespace ModelCheck.Tla.Syntax;

/// <content>Skipping proofs and proof directives, which model checking never needs.</content>
/// <remarks>
/// Why skip instead of parse: the proof language (steps, SUFFICES, PICK, ASSUME/PROVE, BY/DEF ...)
/// is large and has no meaning for TLC. A proof ends where the next unit begins: a token at or left
/// of the theorem's column that starts a declaration, definition, theorem or directive, or a
/// separator or module end. Proof steps themselves start with <c>&lt;n&gt;</c> tokens or proof
/// keywords, so they never look like a unit start.
/// </remarks>
internal sealed partial class Parser
{
    private static readonly HashSet<string> s_unitKeywords = new(StringComparer.Ordinal)
    {
        "CONSTANT", "CONSTANTS", "VARIABLE", "VARIABLES", "ASSUME", "ASSUMPTION", "AXIOM", "THEOREM",
        "LEMMA", "PROPOSITION", "COROLLARY", "INSTANCE", "LOCAL", "RECURSIVE", "USE", "HIDE",
    };

    private static bool IsProofStart(Token token) =>
        token.Kind == TokenKind.ProofStep
        || (token.Kind == TokenKind.Keyword && token.Text is "PROOF" or "BY" or "OBVIOUS" or "OMITTED");

    private void SkipToNextUnit(int column)
    {
        while (true)
        {
            var token = _tokens[_pos];
            if (token.Kind is TokenKind.EndOfFile or TokenKind.ModuleEnd or TokenKind.Separator)
            {
                return;
            }

            if (token.Column <= column && IsUnitStart(_pos))
            {
                return;
            }

            _previous = token;
            _pos++;
        }
    }

    private bool IsUnitStart(int index)
    {
        var token = _tokens[index];
        if (token.Kind == TokenKind.Keyword)
        {
            return s_unitKeywords.Contains(token.Text);
        }

        return IsDefinitionStart(index);
    }

    // Name ==, Name(...) ==, Name[...] ==, a op b ==, a op ==, op a ==
    private bool IsDefinitionStart(int index)
    {
        var token = TokenAt(index);
        var next = TokenAt(index + 1);
        if (token.Kind == TokenKind.Identifier)
        {
            if (IsSymbol(next, "=="))
            {
                return true;
            }

            if (IsSymbol(next, "(") || IsSymbol(next, "["))
            {
                int close = FindClosing(index + 1);
                return close >= 0 && IsSymbol(TokenAt(close + 1), "==");
            }

            if (next.Kind == TokenKind.Symbol && OperatorTable.TryGetInfix(next.Text, out _)
                && TokenAt(index + 2).Kind == TokenKind.Identifier && IsSymbol(TokenAt(index + 3), "=="))
            {
                return true;
            }

            return next.Kind == TokenKind.Symbol && OperatorTable.TryGetPostfix(next.Text, out _) && IsSymbol(TokenAt(index + 2), "==");
        }

        return token.Kind == TokenKind.Symbol
            && OperatorTable.TryGetPrefix(token.Text, out _)
            && next.Kind == TokenKind.Identifier
            && IsSymbol(TokenAt(index + 2), "==");
    }

    // Index of the bracket closing the one at `open`, or -1.
    private int FindClosing(int open)
    {
        int depth = 0;
        for (int i = open; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            if (token.Kind is TokenKind.EndOfFile or TokenKind.ModuleEnd)
            {
                return -1;
            }

            if (token.Kind != TokenKind.Symbol)
            {
                continue;
            }

            if (token.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (token.Text is ")" or "]" or "]_" or "}")
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private Token TokenAt(int index) => _tokens[Math.Min(index, _tokens.Count - 1)];
}
