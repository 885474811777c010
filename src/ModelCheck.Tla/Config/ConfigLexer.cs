using System.Text;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>
/// Splits a configuration file into <see cref="ConfigToken"/>s, skipping white space and the TLA+ comments
/// <c>\* ...</c> and <c>(* ... *)</c> (which nest, as in TLA+).
/// </summary>
/// <remarks>
/// Lines and columns are 1-based and count UTF-16 code units; a tab is one column. <c>\r\n</c>, <c>\n</c> and a lone
/// <c>\r</c> each end a line. Bad input becomes a diagnostic and an <see cref="ConfigTokenKind.Error"/> token, never an exception.
/// </remarks>
internal sealed class ConfigLexer
{
    private readonly string _text;
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<ConfigToken> _tokens = [];
    private int _pos;
    private int _line = 1;
    private int _column = 1;

    private ConfigLexer(string text, string file, List<Diagnostic> diagnostics)
    {
        _text = text;
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads all tokens of <paramref name="text"/>; the last one is always <see cref="ConfigTokenKind.End"/>.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="file">The file name used in spans.</param>
    /// <param name="diagnostics">Receives lexical errors (codes <c>CFG0101</c>, <c>CFG0103</c>, <c>CFG0104</c>).</param>
    public static List<ConfigToken> Tokenize(string text, string file, List<Diagnostic> diagnostics)
    {
        var lexer = new ConfigLexer(text, file, diagnostics);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (SkipTrivia())
        {
            var line = _line;
            var column = _column;
            var start = _pos;
            var c = _text[_pos];
            if (IsWordChar(c))
            {
                while (_pos < _text.Length && IsWordChar(_text[_pos]))
                {
                    Advance();
                }

                var word = _text[start.._pos];
                Add(word.All(char.IsAsciiDigit) ? ConfigTokenKind.Number : ConfigTokenKind.Identifier, word, line, column);
            }
            else if (c == '"')
            {
                ReadString(line, column);
            }
            else if (TryPunctuation(out var kind, out var length))
            {
                for (var i = 0; i < length; i++)
                {
                    Advance();
                }

                Add(kind, _text.Substring(start, length), line, column);
            }
            else
            {
                // Why: one diagnostic per run of unreadable characters, not one per character.
                while (_pos < _text.Length && !IsWordChar(_text[_pos]) && !char.IsWhiteSpace(_text[_pos]) && !StartsKnownToken())
                {
                    Advance();
                }

                var bad = _text[start.._pos];
                Add(ConfigTokenKind.Error, bad, line, column);
                Report("CFG0101", _tokens[^1].Span, $"unexpected character{(bad.Length > 1 ? "s" : string.Empty)} '{bad}'");
            }
        }

        Add(ConfigTokenKind.End, string.Empty, _line, _column);
    }

    /// <summary>Skips white space and comments; false at the end of the text.</summary>
    private bool SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                Advance();
            }
            else if (c == '\\' && Peek(1) == '*')
            {
                while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r'))
                {
                    Advance();
                }
            }
            else if (c == '(' && Peek(1) == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private void SkipBlockComment()
    {
        var line = _line;
        var column = _column;
        var depth = 0;
        while (_pos < _text.Length)
        {
            if (_text[_pos] == '(' && Peek(1) == '*')
            {
                depth++;
                Advance();
                Advance();
            }
            else if (_text[_pos] == '*' && Peek(1) == ')')
            {
                depth--;
                Advance();
                Advance();
                if (depth == 0)
                {
                    return;
                }
            }
            else
            {
                Advance();
            }
        }

        Report("CFG0104", new SourceSpan(_file, line, column, line, column + 2), "comment '(*' is not closed by '*)'");
    }

    private void ReadString(int line, int column)
    {
        Advance();
        var value = new StringBuilder();
        while (_pos < _text.Length && _text[_pos] is not ('"' or '\n' or '\r'))
        {
            var c = _text[_pos];
            Advance();
            if (c == '\\' && _pos < _text.Length && _text[_pos] is not ('\n' or '\r'))
            {
                var escaped = _text[_pos];
                Advance();
                _ = escaped switch
                {
                    'n' => value.Append('\n'),
                    't' => value.Append('\t'),
                    'r' => value.Append('\r'),
                    'f' => value.Append('\f'),
                    '"' or '\\' => value.Append(escaped),
                    _ => value.Append('\\').Append(escaped),
                };
            }
            else
            {
                value.Append(c);
            }
        }

        if (_pos < _text.Length && _text[_pos] == '"')
        {
            Advance();
            Add(ConfigTokenKind.String, value.ToString(), line, column);
            return;
        }

        Add(ConfigTokenKind.Error, "\"" + value, line, column);
        Report("CFG0103", new SourceSpan(_file, line, column, line, column + 1), "string is not closed by '\"' before the end of the line");
    }

    private bool TryPunctuation(out ConfigTokenKind kind, out int length)
    {
        length = 1;
        (kind, var ok) = (_text[_pos], Peek(1)) switch
        {
            ('<', '-') => (ConfigTokenKind.Arrow, true),
            ('<', '<') => (ConfigTokenKind.LeftAngle, true),
            ('>', '>') => (ConfigTokenKind.RightAngle, true),
            ('=', _) => (ConfigTokenKind.Equals, true),
            ('[', _) => (ConfigTokenKind.LeftBracket, true),
            (']', _) => (ConfigTokenKind.RightBracket, true),
            ('{', _) => (ConfigTokenKind.LeftBrace, true),
            ('}', _) => (ConfigTokenKind.RightBrace, true),
            ('(', _) => (ConfigTokenKind.LeftParen, true),
            (')', _) => (ConfigTokenKind.RightParen, true),
            (',', _) => (ConfigTokenKind.Comma, true),
            ('!', _) => (ConfigTokenKind.Bang, true),
            ('-', _) => (ConfigTokenKind.Minus, true),
            _ => (ConfigTokenKind.Error, false),
        };
        if (kind is ConfigTokenKind.Arrow or ConfigTokenKind.LeftAngle or ConfigTokenKind.RightAngle)
        {
            length = 2;
        }

        return ok;
    }

    private bool StartsKnownToken() =>
        _text[_pos] == '"' || TryPunctuation(out _, out _) || (_text[_pos] == '\\' && Peek(1) == '*');

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private void Advance()
    {
        var c = _text[_pos++];
        if (c == '\n' || (c == '\r' && Peek(0) != '\n'))
        {
            _line++;
            _column = 1;
        }
        else if (c != '\r')
        {
            _column++;
        }
    }

    private void Add(ConfigTokenKind kind, string text, int line, int column)
    {
        // Why: no token spans lines (strings stop at a line end), so the token ends where the lexer now is.
        _tokens.Add(new ConfigToken(kind, text, new SourceSpan(_file, line, column, line, _column)));
    }

    private void Report(string code, SourceSpan span, string message) => _diagnostics.Add(new Diagnostic(code, span, message));
}
