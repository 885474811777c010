using System.Text;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>
/// Turns the text of one .tla file into tokens in a single forward pass. Text before the first
/// <c>---- MODULE</c> line and after the matching closing <c>====</c> is ignored; comments are dropped
/// (so PlusCal algorithms, which live in comments, never reach the parser). Errors are thrown as
/// <see cref="DiagnosticException"/>.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _text;
    private readonly string _file;
    private readonly List<Token> _tokens = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _moduleDepth;

    private Lexer(string text, string file)
    {
        _text = text;
        _file = file;
    }

    /// <summary>Tokenizes <paramref name="text"/>; the list always ends with an <see cref="TokenKind.EndOfFile"/> token.</summary>
    /// <exception cref="DiagnosticException">On the first lexical error.</exception>
    public static List<Token> Tokenize(string text, string file)
    {
        var lexer = new Lexer(text, file);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        if (!SeekModuleHeader())
        {
            throw Error(SyntaxErrorCodes.MissingModuleHeader, 1, 1, 1, "no '---- MODULE Name ----' line found");
        }

        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                break;
            }

            if (LexToken())
            {
                // Why: everything after the outermost module's '====' is free text (often notes or a
                // second module TLC ignores), so it must not be lexed at all.
                break;
            }
        }

        int column = _pos - _lineStart + 1;
        _tokens.Add(new Token(TokenKind.EndOfFile, string.Empty, _line, column, column));
    }

    // Finds the first run of 4+ dashes followed by MODULE and positions the lexer on it.
    private bool SeekModuleHeader()
    {
        int i = 0;
        while (i < _text.Length)
        {
            if (_text[i] != '-')
            {
                if (_text[i] == '\n')
                {
                    _line++;
                    _lineStart = i + 1;
                }

                i++;
                continue;
            }

            int runStart = i;
            while (i < _text.Length && _text[i] == '-')
            {
                i++;
            }

            if (i - runStart < 4)
            {
                continue;
            }

            int j = i;
            while (j < _text.Length && _text[j] is ' ' or '\t')
            {
                j++;
            }

            if (string.CompareOrdinal(_text, j, "MODULE", 0, 6) == 0 && (j + 6 >= _text.Length || !IsWordChar(_text[j + 6])))
            {
                _pos = runStart;
                return true;
            }
        }

        return false;
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '\\' && Peek(1) == '*')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '(' && Peek(1) == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBlockComment()
    {
        int startLine = _line;
        int startColumn = _pos - _lineStart + 1;
        int depth = 0;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '(' && Peek(1) == '*')
            {
                depth++;
                _pos += 2;
            }
            else if (c == '*' && Peek(1) == ')')
            {
                depth--;
                _pos += 2;
                if (depth == 0)
                {
                    return;
                }
            }
            else
            {
                if (c == '\n')
                {
                    _line++;
                    _lineStart = _pos + 1;
                }

                _pos++;
            }
        }

        throw Error(SyntaxErrorCodes.UnterminatedComment, startLine, startColumn, startColumn + 1, "unterminated comment: '(*' has no matching '*)'");
    }

    // Lexes one token at _pos; returns true when it closed the outermost module.
    private bool LexToken()
    {
        char c = _text[_pos];
        int column = _pos - _lineStart + 1;
        if (IsWordChar(c))
        {
            LexWord(column);
        }
        else if (c == '"')
        {
            LexString(column);
        }
        else if (c == '\\')
        {
            LexBackslash(column);
        }
        else if (c == '-' && RunLength('-') >= 4)
        {
            int length = RunLength('-');
            Add(TokenKind.Separator, "----", column, length);
        }
        else if (c == '=' && RunLength('=') >= 4)
        {
            int length = RunLength('=');
            Add(TokenKind.ModuleEnd, "====", column, length);
            _moduleDepth--;
            return _moduleDepth <= 0;
        }
        else if (c == '<' && TryLexProofStep(column))
        {
            return false;
        }
        else
        {
            LexSymbol(column);
        }

        return false;
    }

    private void LexWord(int column)
    {
        int start = _pos;
        bool hasLetter = false;
        while (_pos < _text.Length && IsWordChar(_text[_pos]))
        {
            hasLetter |= char.IsAsciiLetter(_text[_pos]);
            _pos++;
        }

        string word = _text[start.._pos];
        if (word.Length >= 3 && (word.StartsWith("WF_", StringComparison.Ordinal) || word.StartsWith("SF_", StringComparison.Ordinal)))
        {
            // Why: SANY lexes WF_/SF_ as a prefix token, so the subscript that follows can be any
            // name (WF_vars) or bracketed expression (WF_<<x, y>>).
            _pos = start;
            Add(TokenKind.Keyword, word[..3], column, 3);
            return;
        }

        if (hasLetter)
        {
            _pos = start;
            Add(s_keywords.Contains(word) ? TokenKind.Keyword : TokenKind.Identifier, word, column, word.Length);
            return;
        }

        if (word == "_")
        {
            _pos = start;
            Add(TokenKind.Symbol, "_", column, 1);
            return;
        }

        if (word.Contains('_', StringComparison.Ordinal))
        {
            _pos = start;
            Add(TokenKind.Identifier, word, column, word.Length);
            return;
        }

        if (_pos + 1 < _text.Length && _text[_pos] == '.' && char.IsAsciiDigit(_text[_pos + 1]))
        {
            throw Error(SyntaxErrorCodes.InvalidNumber, _line, column, column + word.Length, $"decimal number '{word}.{_text[_pos + 1]}...' is not supported");
        }

        long value = ParseDigits(word, 10, column);
        _pos = start;
        Add(TokenKind.Number, value.ToString(), column, word.Length);
    }

    private void LexString(int column)
    {
        var value = new StringBuilder();
        int i = _pos + 1;
        while (true)
        {
            if (i >= _text.Length || _text[i] is '\n' or '\r')
            {
                int endColumn = Math.Max(column, i - _lineStart);
                throw Error(SyntaxErrorCodes.UnterminatedString, _line, column, endColumn, "unterminated string");
            }

            char c = _text[i];
            if (c == '"')
            {
                i++;
                break;
            }

            if (c == '\\')
            {
                char escaped = i + 1 < _text.Length ? _text[i + 1] : '\0';
                char resolved = escaped switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'f' => '\f',
                    _ => '\0',
                };
                if (resolved == '\0')
                {
                    if (escaped is '\0' or '\n' or '\r')
                    {
                        int endColumn = i - _lineStart + 1;
                        throw Error(SyntaxErrorCodes.UnterminatedString, _line, column, endColumn, "unterminated string");
                    }

                    int escapeColumn = i - _lineStart + 1;
                    throw Error(SyntaxErrorCodes.InvalidEscape, _line, escapeColumn, escapeColumn + 1, $"unknown escape sequence '\\{escaped}' in string");
                }

                value.Append(resolved);
                i += 2;
                continue;
            }

            value.Append(c);
            i++;
        }

        int length = i - _pos;
        Add(TokenKind.String, value.ToString(), column, length);
    }

    private void LexBackslash(int column)
    {
        char next = Peek(1);
        if (next == '/')
        {
            Add(TokenKind.Symbol, "\\/", column, 2);
            return;
        }

        if (!char.IsAsciiLetter(next))
        {
            Add(TokenKind.Symbol, "\\", column, 1);
            return;
        }

        char first = Peek(2);
        int radix = next switch
        {
            'b' or 'B' when first is '0' or '1' => 2,
            'o' or 'O' when first is >= '0' and <= '7' => 8,
            'h' or 'H' when char.IsAsciiHexDigit(first) => 16,
            _ => 0,
        };
        if (radix != 0)
        {
            int digitsStart = _pos + 2;
            int end = digitsStart;
            while (end < _text.Length && char.IsAsciiLetterOrDigit(_text[end]))
            {
                end++;
            }

            long value = ParseDigits(_text[digitsStart..end], radix, column);
            Add(TokenKind.Number, value.ToString(), column, end - _pos);
            return;
        }

        int wordEnd = _pos + 1;
        while (wordEnd < _text.Length && char.IsAsciiLetter(_text[wordEnd]))
        {
            wordEnd++;
        }

        string name = _text[_pos..wordEnd];
        if (!s_backslashOperators.Contains(name))
        {
            throw Error(SyntaxErrorCodes.UnknownOperator, _line, column, column + name.Length, $"unknown operator '{name}'");
        }

        Add(TokenKind.Symbol, name, column, name.Length);
    }

    // <n>, <*> and <+> open proof steps; proofs are skipped by the parser but still have to lex.
    private bool TryLexProofStep(int column)
    {
        int i = _pos + 1;
        if (i < _text.Length && _text[i] is '*' or '+')
        {
            i++;
        }
        else
        {
            while (i < _text.Length && char.IsAsciiDigit(_text[i]))
            {
                i++;
            }

            if (i == _pos + 1)
            {
                return false;
            }
        }

        if (i >= _text.Length || _text[i] != '>')
        {
            return false;
        }

        int length = i + 1 - _pos;
        Add(TokenKind.ProofStep, _text.Substring(_pos, length), column, length);
        return true;
    }

    private void LexSymbol(int column)
    {
        char c = _text[_pos];
        if (c > 127)
        {
            if (s_unicodeSymbols.TryGetValue(c, out var ascii))
            {
                if (ascii == ">>" && Peek(1) == '_')
                {
                    Add(TokenKind.Symbol, ">>_", column, 2);
                    return;
                }

                Add(TokenKind.Symbol, ascii, column, 1);
                return;
            }

            throw Error(SyntaxErrorCodes.UnexpectedCharacter, _line, column, column + 1, $"unexpected character '{c}'");
        }

        // Why: "x=<<1>>" must be '=' then '<<', not the '=<' operator; SANY gets this wrong, but no
        // spec means "=<" followed by "<".
        if (c == '=' && Peek(1) == '<' && Peek(2) == '<')
        {
            Add(TokenKind.Symbol, "=", column, 1);
            return;
        }

        foreach (string symbol in s_symbols)
        {
            if (string.CompareOrdinal(_text, _pos, symbol, 0, symbol.Length) == 0)
            {
                Add(TokenKind.Symbol, symbol, column, symbol.Length);
                return;
            }
        }

        throw Error(SyntaxErrorCodes.UnexpectedCharacter, _line, column, column + 1, $"unexpected character '{c}'");
    }

    private long ParseDigits(string digits, int radix, int column)
    {
        long value = 0;
        foreach (char d in digits)
        {
            int digit = char.IsAsciiDigit(d) ? d - '0' : char.IsAsciiHexDigit(d) ? (char.ToLowerInvariant(d) - 'a' + 10) : radix;
            if (digit >= radix)
            {
                throw Error(SyntaxErrorCodes.InvalidNumber, _line, column, column + digits.Length, $"invalid digit '{d}' in base-{radix} number");
            }

            if (value > (long.MaxValue - digit) / radix)
            {
                throw Error(SyntaxErrorCodes.InvalidNumber, _line, column, column + digits.Length, $"number '{digits}' is too large");
            }

            value = (value * radix) + digit;
        }

        return value;
    }

    private void Add(TokenKind kind, string text, int column, int length)
    {
        if (kind == TokenKind.Keyword && text == "MODULE" && _tokens.Count > 0 && _tokens[^1].Kind == TokenKind.Separator)
        {
            _moduleDepth++;
        }

        _tokens.Add(new Token(kind, text, _line, column, column + length - 1));
        _pos += length;
    }

    private int RunLength(char c)
    {
        int i = _pos;
        while (i < _text.Length && _text[i] == c)
        {
            i++;
        }

        return i - _pos;
    }

    private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private DiagnosticException Error(string code, int line, int column, int endColumn, string message) =>
        new(new Diagnostic(code, new SourceSpan(_file, line, column, line, endColumn), message));
}
