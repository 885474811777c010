using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Config;

/// <summary>
/// The recursive-descent reader behind <see cref="ConfigParser"/>: walks the tokens section by section and builds a
/// <see cref="ModelConfig"/>. On an error it reports a diagnostic and skips to the next section keyword, so that one
/// run reports at most one error per section rather than a cascade.
/// </summary>
internal sealed class ConfigReader
{
    /// <summary>Deepest nesting of sets and tuples accepted in a value.</summary>
    /// <remarks>Why: values are read recursively, and a stack overflow cannot be caught; no real model nests this deep.</remarks>
    private const int MaxValueDepth = 100;

    private const string ConstantKeyword = "CONSTANT";
    private const string ConstantsKeyword = "CONSTANTS";
    private const string CheckDeadlockKeyword = "CHECK_DEADLOCK";

    /// <summary>Keywords followed by exactly one operator name; each may appear once.</summary>
    private static readonly FrozenSet<string> s_singleNameKeywords =
        FrozenSet.ToFrozenSet(["SPECIFICATION", "INIT", "NEXT", "SYMMETRY", "VIEW", "ALIAS", "POSTCONDITION"], StringComparer.Ordinal);

    /// <summary>Keywords followed by any number of operator names, mapped to the list they feed (singular and plural share one).</summary>
    private static readonly FrozenDictionary<string, string> s_nameListKeywords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["INVARIANT"] = "INVARIANT",
        ["INVARIANTS"] = "INVARIANT",
        ["PROPERTY"] = "PROPERTY",
        ["PROPERTIES"] = "PROPERTY",
        ["CONSTRAINT"] = "CONSTRAINT",
        ["CONSTRAINTS"] = "CONSTRAINT",
        ["ACTION_CONSTRAINT"] = "ACTION_CONSTRAINT",
        ["ACTION_CONSTRAINTS"] = "ACTION_CONSTRAINT",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly List<ConfigToken> _tokens;
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, ConfigName> _singleNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<ConfigName>.Builder> _nameLists = new(StringComparer.Ordinal);
    private readonly ImmutableArray<ConfigConstant>.Builder _constants = ImmutableArray.CreateBuilder<ConfigConstant>();
    private bool? _checkDeadlock;
    private SourceSpan _checkDeadlockKeywordSpan;
    private int _pos;

    private ConfigReader(List<ConfigToken> tokens, string file, List<Diagnostic> diagnostics)
    {
        _tokens = tokens;
        _file = file;
        _diagnostics = diagnostics;
        foreach (var list in s_nameListKeywords.Values.Distinct())
        {
            _nameLists[list] = ImmutableArray.CreateBuilder<ConfigName>();
        }
    }

    private ConfigToken Current => _tokens[_pos];

    private bool AtSectionEnd => Current.Kind == ConfigTokenKind.End || IsKeyword(Current);

    /// <summary>Reads the whole file from <paramref name="tokens"/>, which must end with an <see cref="ConfigTokenKind.End"/> token.</summary>
    /// <param name="tokens">The tokens from <see cref="ConfigLexer.Tokenize"/>.</param>
    /// <param name="file">The file name, for <see cref="ModelConfig.File"/>.</param>
    /// <param name="diagnostics">Receives syntax errors.</param>
    /// <returns>What was read; meaningful only when no diagnostic was added.</returns>
    public static ModelConfig Read(List<ConfigToken> tokens, string file, List<Diagnostic> diagnostics)
    {
        var reader = new ConfigReader(tokens, file, diagnostics);
        reader.ReadSections();
        return reader.Build();
    }

    /// <summary>True when <paramref name="token"/> starts a section (TLC's keywords are case-sensitive).</summary>
    public static bool IsKeyword(ConfigToken token) =>
        token.Kind == ConfigTokenKind.Identifier
        && (token.Text is ConstantKeyword or ConstantsKeyword or CheckDeadlockKeyword
            || s_singleNameKeywords.Contains(token.Text)
            || s_nameListKeywords.ContainsKey(token.Text));

    private void ReadSections()
    {
        while (Current.Kind != ConfigTokenKind.End)
        {
            var keyword = Current;
            if (!IsKeyword(keyword))
            {
                Error("CFG0105", keyword, $"expected a section keyword (CONSTANT, INIT, NEXT, SPECIFICATION, INVARIANT, PROPERTY, ...), found {keyword.Describe()}");
                Advance();
                SkipToSection();
                continue;
            }

            Advance();
            var ok = keyword.Text switch
            {
                ConstantKeyword or ConstantsKeyword => ReadConstants(),
                CheckDeadlockKeyword => ReadCheckDeadlock(keyword),
                _ when s_singleNameKeywords.Contains(keyword.Text) => ReadSingleName(keyword),
                _ => ReadNameList(keyword, _nameLists[s_nameListKeywords[keyword.Text]]),
            };
            if (!ok)
            {
                SkipToSection();
            }
        }
    }

    private bool ReadSingleName(ConfigToken keyword)
    {
        if (Current.Kind != ConfigTokenKind.Identifier || IsKeyword(Current))
        {
            return Error("CFG0107", Current, $"expected an operator name after {keyword.Text}, found {Current.Describe()}", after: keyword);
        }

        var name = new ConfigName(Current.Text, Current.Span);
        Advance();
        if (_singleNames.TryGetValue(keyword.Text, out var first))
        {
            return Error("CFG0106", keyword, $"{keyword.Text} is given twice (first at line {first.Span.Line}: {first.Name})");
        }

        _singleNames[keyword.Text] = name;
        return true;
    }

    private bool ReadCheckDeadlock(ConfigToken keyword)
    {
        if (Current.Kind != ConfigTokenKind.Identifier || Current.Text is not ("TRUE" or "FALSE"))
        {
            return Error("CFG0108", Current, $"expected TRUE or FALSE after {CheckDeadlockKeyword}, found {Current.Describe()}", after: keyword);
        }

        var value = Current.Text == "TRUE";
        Advance();
        if (_checkDeadlock is not null)
        {
            return Error("CFG0106", keyword, $"{CheckDeadlockKeyword} is given twice (first at line {_checkDeadlockKeywordSpan.Line})");
        }

        _checkDeadlock = value;
        _checkDeadlockKeywordSpan = keyword.Span;
        return true;
    }

    private bool ReadNameList(ConfigToken keyword, ImmutableArray<ConfigName>.Builder names)
    {
        while (!AtSectionEnd)
        {
            if (Current.Kind == ConfigTokenKind.Comma)
            {
                // Why: TLC separates names by white space only, but a comma-separated list is a common slip; accept it.
                Advance();
                continue;
            }

            if (Current.Kind != ConfigTokenKind.Identifier)
            {
                return Error("CFG0115", Current, $"expected an operator name in the {keyword.Text} section, found {Current.Describe()}");
            }

            names.Add(new ConfigName(Current.Text, Current.Span));
            Advance();
        }

        return true;
    }

    private bool ReadConstants()
    {
        while (!AtSectionEnd)
        {
            if (Current.Kind == ConfigTokenKind.Comma)
            {
                Advance();
                continue;
            }

            if (!ReadConstant())
            {
                return false;
            }
        }

        return true;
    }

    private bool ReadConstant()
    {
        if (Current.Kind != ConfigTokenKind.Identifier)
        {
            return Error("CFG0109", Current, $"expected a constant name in the CONSTANT section, found {Current.Describe()}");
        }

        var nameToken = Current;
        var name = nameToken.Text;
        var span = nameToken.Span;
        Advance();

        // Instance-qualified names (a!b!c), as TLC accepts since its Bug44 fix.
        while (Current.Kind == ConfigTokenKind.Bang)
        {
            var bang = Current;
            Advance();
            if (Current.Kind != ConfigTokenKind.Identifier || IsKeyword(Current))
            {
                return Error("CFG0109", Current, $"expected a name after '!' in CONSTANT {name}, found {Current.Describe()}", after: bang);
            }

            name += "!" + Current.Text;
            span = SourceSpan.Cover(span, Current.Span);
            Advance();
        }

        var op = Current;
        switch (op.Kind)
        {
            case ConfigTokenKind.LeftParen:
                return Error("CFG0117", op, $"constant operators given by cases ('{name}(...) = value') are not supported; define {name} in a module and use '{name} <- Def'");

            case ConfigTokenKind.Arrow:
            {
                Advance();
                if (!TryReadModuleScope(op, name, out var module))
                {
                    return false;
                }

                if (Current.Kind != ConfigTokenKind.Identifier || IsKeyword(Current))
                {
                    return Error("CFG0110", Current, $"expected an operator name after '<-' in CONSTANT {name}, found {Current.Describe()}", after: _tokens[_pos - 1]);
                }

                _constants.Add(new ConfigConstant(name, span, Value: null, Current.Text, module));
                Advance();
                return true;
            }

            case ConfigTokenKind.Equals:
            {
                Advance();
                if (!TryReadModuleScope(op, name, out var module))
                {
                    return false;
                }

                var value = ReadValue($"after '=' in CONSTANT {name}", name, depth: 0);
                if (value is null)
                {
                    return false;
                }

                _constants.Add(new ConfigConstant(name, span, value, Replacement: null, module));
                return true;
            }

            default:
                return Error("CFG0109", op, $"expected '=' or '<-' after CONSTANT {name}, found {op.Describe()}", after: _tokens[_pos - 1]);
        }
    }

    /// <summary>Reads an optional <c>[Mod]</c> after <c>=</c> or <c>&lt;-</c>; false after reporting a malformed one.</summary>
    private bool TryReadModuleScope(ConfigToken op, string name, out string? module)
    {
        module = null;
        if (Current.Kind != ConfigTokenKind.LeftBracket)
        {
            return true;
        }

        var bracket = Current;
        Advance();
        if (Current.Kind != ConfigTokenKind.Identifier || IsKeyword(Current))
        {
            return Error("CFG0111", Current, $"expected a module name after '{op.Text} [' in CONSTANT {name}, found {Current.Describe()}", after: bracket);
        }

        module = Current.Text;
        Advance();
        if (Current.Kind != ConfigTokenKind.RightBracket)
        {
            return Error("CFG0111", Current, $"expected ']' after module name {module} in CONSTANT {name}, found {Current.Describe()}", after: _tokens[_pos - 1]);
        }

        Advance();
        return true;
    }

    /// <summary>Reads one value; null after reporting an error. <paramref name="where"/> completes "expected a value ...".</summary>
    private ConfigValue? ReadValue(string where, string constant, int depth)
    {
        var token = Current;
        switch (token.Kind)
        {
            case ConfigTokenKind.Number:
                Advance();
                return ToInt(token.Text, token.Span, token, constant);

            case ConfigTokenKind.Minus when _tokens[_pos + 1].Kind == ConfigTokenKind.Number:
            {
                Advance();
                var digits = Current;
                Advance();
                return ToInt("-" + digits.Text, SourceSpan.Cover(token.Span, digits.Span), token, constant);
            }

            case ConfigTokenKind.String:
                Advance();
                return new ConfigString(token.Span, token.Text);

            case ConfigTokenKind.Identifier when !IsKeyword(token):
                Advance();
                return token.Text switch
                {
                    "TRUE" => new ConfigBool(token.Span, true),
                    "FALSE" => new ConfigBool(token.Span, false),
                    _ => new ConfigModelValue(token.Span, token.Text),
                };

            case ConfigTokenKind.LeftBrace:
                return ReadSequence(ConfigTokenKind.RightBrace, "}", "set", constant, depth);

            case ConfigTokenKind.LeftAngle:
                return ReadSequence(ConfigTokenKind.RightAngle, ">>", "tuple", constant, depth);

            default:
                Error("CFG0102", token, $"expected a value {where}, found {token.Describe()}", after: _pos > 0 ? _tokens[_pos - 1] : null);
                return null;
        }
    }

    /// <summary>Reads <c>{ v, ... }</c> or <c>&lt;&lt; v, ... &gt;&gt;</c>, the opening token being current.</summary>
    private ConfigValue? ReadSequence(ConfigTokenKind close, string closeText, string what, string constant, int depth)
    {
        var open = Current;
        if (depth >= MaxValueDepth)
        {
            Error("CFG0118", open, $"value of CONSTANT {constant} nests sets or tuples more than {MaxValueDepth} deep");
            return null;
        }

        Advance();
        var elements = ImmutableArray.CreateBuilder<ConfigValue>();
        if (Current.Kind != close)
        {
            while (true)
            {
                var element = ReadValue($"in the {what} in CONSTANT {constant}", constant, depth + 1);
                if (element is null)
                {
                    return null;
                }

                elements.Add(element);
                if (Current.Kind != ConfigTokenKind.Comma)
                {
                    break;
                }

                Advance();
            }
        }

        if (Current.Kind != close)
        {
            var code = what == "set" ? "CFG0112" : "CFG0113";
            Error(code, Current, $"expected ',' or '{closeText}' in the {what} in CONSTANT {constant} (opened at {open.Span.Line}:{open.Span.Column}), found {Current.Describe()}", after: _tokens[_pos - 1]);
            return null;
        }

        var end = Current;
        Advance();
        var span = SourceSpan.Cover(open.Span, end.Span);
        var items = elements.ToImmutable();
        return what == "set" ? new ConfigSet(span, items) : new ConfigTuple(span, items);
    }

    private ConfigInt? ToInt(string text, SourceSpan span, ConfigToken at, string constant)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return new ConfigInt(span, value);
        }

        Error("CFG0114", at, $"integer {text} in CONSTANT {constant} is out of range (at most 64 bits)");
        return null;
    }

    private void Advance()
    {
        if (_pos < _tokens.Count - 1)
        {
            _pos++;
        }
    }

    private void SkipToSection()
    {
        while (!AtSectionEnd)
        {
            Advance();
        }
    }

    /// <summary>
    /// Reports an error at <paramref name="token"/> and returns false. When the offending token is the end of the file or
    /// on a later line than <paramref name="after"/> (something is missing at the end of a line), the error points just
    /// past <paramref name="after"/> instead, which is where the missing text belongs.
    /// </summary>
    private bool Error(string code, ConfigToken token, string message, ConfigToken? after = null)
    {
        if (token.Kind == ConfigTokenKind.Error)
        {
            // Why: the lexer has already reported this text; a second message about the same spot is noise.
            return false;
        }

        var span = token.Span;
        if (after is { } previous && (token.Kind == ConfigTokenKind.End || token.Span.Line != previous.Span.EndLine))
        {
            var end = previous.Span;
            span = new SourceSpan(_file, end.EndLine, end.EndColumn, end.EndLine, end.EndColumn);
        }

        _diagnostics.Add(new Diagnostic(code, span, message));
        return false;
    }

    private ModelConfig Build()
    {
        var specification = _singleNames.GetValueOrDefault("SPECIFICATION");
        var init = _singleNames.GetValueOrDefault("INIT");
        var next = _singleNames.GetValueOrDefault("NEXT");
        return new ModelConfig(
            _file,
            specification?.Name,
            specification?.Span ?? SourceSpan.None,
            init?.Name,
            init?.Span ?? SourceSpan.None,
            next?.Name,
            next?.Span ?? SourceSpan.None,
            _constants.ToImmutable(),
            _nameLists["INVARIANT"].ToImmutable(),
            _nameLists["PROPERTY"].ToImmutable(),
            _nameLists["CONSTRAINT"].ToImmutable(),
            _nameLists["ACTION_CONSTRAINT"].ToImmutable(),
            _singleNames.GetValueOrDefault("SYMMETRY"),
            _singleNames.GetValueOrDefault("VIEW"),
            _checkDeadlock,
            _singleNames.GetValueOrDefault("ALIAS"),
            _singleNames.GetValueOrDefault("POSTCONDITION"));
    }
}
