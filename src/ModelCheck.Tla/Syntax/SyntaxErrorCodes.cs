namespace ModelCheck.Tla.Syntax;

/// <summary>Diagnostic codes of the TLA+ front end: <c>TLA01xx</c> lexical, <c>TLA02xx</c> syntactic.</summary>
internal static class SyntaxErrorCodes
{
    /// <summary>A character that starts no TLA+ token.</summary>
    public const string UnexpectedCharacter = "TLA0101";

    /// <summary>A string literal without its closing quote on the same line.</summary>
    public const string UnterminatedString = "TLA0102";

    /// <summary>A <c>(*</c> comment without its matching <c>*)</c>.</summary>
    public const string UnterminatedComment = "TLA0103";

    /// <summary>An escape sequence TLA+ does not define.</summary>
    public const string InvalidEscape = "TLA0104";

    /// <summary>A malformed or out-of-range number.</summary>
    public const string InvalidNumber = "TLA0105";

    /// <summary>A backslash word such as <c>\foo</c> that names no operator.</summary>
    public const string UnknownOperator = "TLA0106";

    /// <summary>A token the grammar does not allow here.</summary>
    public const string UnexpectedToken = "TLA0201";

    /// <summary>A bracket, parenthesis, brace or tuple left open.</summary>
    public const string UnclosedBracket = "TLA0202";

    /// <summary>No <c>---- MODULE Name ----</c> line in the file.</summary>
    public const string MissingModuleHeader = "TLA0203";

    /// <summary>A module without its closing <c>====</c> line.</summary>
    public const string MissingModuleEnd = "TLA0204";

    /// <summary>Two operators whose precedence ranges overlap, used without parentheses.</summary>
    public const string PrecedenceConflict = "TLA0205";

    /// <summary>Input nested so deeply that parsing it would exhaust the stack.</summary>
    public const string NestingTooDeep = "TLA0206";

    /// <summary>A bound-variable position that holds something other than names.</summary>
    public const string InvalidBinding = "TLA0207";
}
