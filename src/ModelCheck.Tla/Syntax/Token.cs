namespace ModelCheck.Tla.Syntax;

/// <summary>One lexeme. Tokens never span lines; <see cref="EndColumn"/> is the column of the last character (inclusive), all 1-based.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column, int EndColumn);
