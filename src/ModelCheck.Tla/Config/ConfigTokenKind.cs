namespace ModelCheck.Tla.Config;

/// <summary>The kinds of token in a configuration file.</summary>
internal enum ConfigTokenKind
{
    /// <summary>A name or keyword: letters, digits and <c>_</c>, not all digits.</summary>
    Identifier,

    /// <summary>A run of decimal digits.</summary>
    Number,

    /// <summary>A string literal; the token text is the unescaped content.</summary>
    String,

    /// <summary><c>=</c></summary>
    Equals,

    /// <summary><c>&lt;-</c></summary>
    Arrow,

    /// <summary><c>[</c></summary>
    LeftBracket,

    /// <summary><c>]</c></summary>
    RightBracket,

    /// <summary><c>{</c></summary>
    LeftBrace,

    /// <summary><c>}</c></summary>
    RightBrace,

    /// <summary><c>(</c></summary>
    LeftParen,

    /// <summary><c>)</c></summary>
    RightParen,

    /// <summary><c>&lt;&lt;</c></summary>
    LeftAngle,

    /// <summary><c>&gt;&gt;</c></summary>
    RightAngle,

    /// <summary><c>,</c></summary>
    Comma,

    /// <summary><c>!</c>, in instance-qualified names such as <c>a!b</c>.</summary>
    Bang,

    /// <summary><c>-</c>, before a negative number.</summary>
    Minus,

    /// <summary>Text the lexer could not read; it has already reported it, so the parser stays quiet about it.</summary>
    Error,

    /// <summary>The end of the text.</summary>
    End,
}
