namespace ModelCheck.Tla.Syntax;

/// <summary>
/// Precedence data of one operator symbol: the canonical name used in the AST (synonyms resolved),
/// the precedence range <see cref="Low"/>..<see cref="High"/> of SANY's table (1 binds loosest,
/// 17 tightest), and whether a chain <c>a op b op c</c> is allowed (left-associative).
/// </summary>
internal sealed record OperatorInfo(string Name, int Low, int High, bool IsLeftAssociative);
