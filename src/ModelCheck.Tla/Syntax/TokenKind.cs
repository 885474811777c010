namespace ModelCheck.Tla.Syntax;

/// <summary>The lexical class of a <see cref="Token"/>.</summary>
internal enum TokenKind
{
    /// <summary>A name that is not a reserved word.</summary>
    Identifier,

    /// <summary>A reserved word such as <c>IF</c> or <c>CONSTANT</c>, and the fairness prefixes <c>WF_</c>/<c>SF_</c>.</summary>
    Keyword,

    /// <summary>An integer literal; <see cref="Token.Text"/> holds its decimal value.</summary>
    Number,

    /// <summary>A string literal; <see cref="Token.Text"/> holds its value with escapes resolved.</summary>
    String,

    /// <summary>Operator or punctuation (<c>==</c>, <c>(</c>, <c>\in</c>, <c>]_</c> ...), in ASCII spelling.</summary>
    Symbol,

    /// <summary>A proof-step level such as <c>&lt;1&gt;</c> or <c>&lt;*&gt;</c>.</summary>
    ProofStep,

    /// <summary>A line of four or more dashes.</summary>
    Separator,

    /// <summary>Four or more <c>=</c>: the end of a module.</summary>
    ModuleEnd,

    /// <summary>End of the input.</summary>
    EndOfFile,

    /// <summary>Produced by the parser, never the lexer: a token that lies at or left of the enclosing bulleted list's column, so it ends the current list item.</summary>
    EndOfItem,
}
