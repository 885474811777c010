using System.Runtime.CompilerServices;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>
/// Recursive-descent parser from <see cref="Lexer"/> tokens to the TLA+ AST. Errors are thrown as
/// <see cref="DiagnosticException"/>; <see cref="TlaParser"/> turns them back into diagnostics.
/// </summary>
/// <remarks>
/// Why the bullet column: TLA+ conjunction/disjunction lists are delimited by layout. While an item
/// of a list whose bullet is at column c is parsed, <see cref="_bulletColumn"/> is c and any token at
/// column &lt;= c reads as <see cref="TokenKind.EndOfItem"/>, which no grammar rule accepts, so every
/// construct inside the item stops there without knowing about lists. Brackets reset it to 0 because
/// their closing token, not layout, ends them.
/// </remarks>
internal sealed partial class Parser
{
    private readonly List<Token> _tokens;
    private readonly string _file;
    private int _pos;
    private int _bulletColumn;
    private Token _previous;

    /// <summary>Creates a parser over <paramref name="tokens"/>, which must end with an end-of-file token.</summary>
    public Parser(List<Token> tokens, string file)
    {
        _tokens = tokens;
        _file = file;
        _previous = tokens[0];
    }

    /// <summary>Parses the first module of the file.</summary>
    /// <exception cref="DiagnosticException">On the first syntax error.</exception>
    public ModuleDef ParseFile() => ParseModule();

    private Token Current => At(0);

    // The token `offset` places ahead, read as EndOfItem when it is offside of the current bullet.
    private Token At(int offset)
    {
        var token = Raw(offset);
        return token.Column <= _bulletColumn && token.Kind != TokenKind.EndOfFile
            ? token with { Kind = TokenKind.EndOfItem }
            : token;
    }

    private Token Raw(int offset) => _tokens[Math.Min(_pos + offset, _tokens.Count - 1)];

    private Token Advance()
    {
        var token = Current;
        if (token.Kind is TokenKind.EndOfFile or TokenKind.EndOfItem)
        {
            throw Unexpected(token);
        }

        _previous = _tokens[_pos];
        _pos++;
        return _previous;
    }

    private static bool IsSymbol(Token token, string text) => token.Kind == TokenKind.Symbol && token.Text == text;

    private static bool IsKeyword(Token token, string text) => token.Kind == TokenKind.Keyword && token.Text == text;

    private bool AtSymbol(string text) => IsSymbol(Current, text);

    private bool AtKeyword(string text) => IsKeyword(Current, text);

    private bool AcceptSymbol(string text)
    {
        if (!AtSymbol(text))
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token ExpectSymbol(string text)
    {
        if (!AtSymbol(text))
        {
            throw Expected($"'{text}'");
        }

        return Advance();
    }

    private Token ExpectKeyword(string text)
    {
        if (!AtKeyword(text))
        {
            throw Expected($"'{text}'");
        }

        return Advance();
    }

    private Token ExpectIdentifier(string what)
    {
        if (Current.Kind != TokenKind.Identifier)
        {
            throw Expected(what);
        }

        return Advance();
    }

    private Token ExpectClosing(string close, Token open)
    {
        if (!AtSymbol(close))
        {
            var token = Current;
            throw Error(
                SyntaxErrorCodes.UnclosedBracket,
                token,
                $"expected '{close}' to close '{open.Text}' opened at {open.Line}:{open.Column}, but found {Describe(token)}");
        }

        return Advance();
    }

    private SourceSpan SpanOf(Token token) => new(_file, token.Line, token.Column, token.Line, token.EndColumn + 1);

    // From the start of `start` to the end of the last consumed token.
    private SourceSpan SpanFrom(Token start) => new(_file, start.Line, start.Column, _previous.Line, _previous.EndColumn + 1);

    private SourceSpan SpanFrom(SourceSpan start) => new(_file, start.Line, start.Column, _previous.Line, _previous.EndColumn + 1);

    private void EnsureStack()
    {
        // Why: a StackOverflowException cannot be caught, and "never crash on any input" includes
        // ten thousand nested parentheses.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(SyntaxErrorCodes.NestingTooDeep, Current, "expression is nested too deeply");
        }
    }

    private DiagnosticException Error(string code, Token at, string message) =>
        new(new Diagnostic(code, SpanOf(at), message));

    private DiagnosticException Expected(string what)
    {
        var token = Current;
        return Error(SyntaxErrorCodes.UnexpectedToken, token, $"expected {what} but found {Describe(token)}");
    }

    private DiagnosticException Unexpected(Token token) =>
        Error(SyntaxErrorCodes.UnexpectedToken, token, $"unexpected {Describe(token)}");

    private string Describe(Token token) => token.Kind switch
    {
        TokenKind.EndOfFile => "end of file",
        TokenKind.String => $"string \"{token.Text}\"",
        TokenKind.ModuleEnd => "'===='",
        TokenKind.Separator => "'----'",
        TokenKind.EndOfItem =>
            $"token '{token.Text}' (inside a bulleted list item, tokens must lie right of the bullet at column {_bulletColumn})",
        _ => $"token '{token.Text}'",
    };
}
