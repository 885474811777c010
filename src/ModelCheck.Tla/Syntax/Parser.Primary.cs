using System.Collections.Immutable;

namespace ModelCheck.Tla.Syntax;

/// <content>Atoms: literals, names and applications, qualified names, and the bracketed forms.</content>
internal sealed partial class Parser
{
    private Expr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new NumberExpr(SpanOf(token), long.Parse(token.Text));
            case TokenKind.String:
                Advance();
                return new StringExpr(SpanOf(token), token.Text);
            case TokenKind.Identifier:
                return ParseName();
            case TokenKind.Keyword:
                switch (token.Text)
                {
                    case "TRUE" or "FALSE" or "BOOLEAN" or "STRING":
                        Advance();
                        return new NameExpr(SpanOf(token), token.Text);
                    case "WF_" or "SF_":
                        return ParseFairness();
                }

                break;
            case TokenKind.Symbol:
                switch (token.Text)
                {
                    case "(":
                        return ParseParenthesized();
                    case "{":
                        return ParseBraces();
                    case "[":
                        return ParseBrackets();
                    case "<<":
                        return ParseTuple();
                    case "@":
                        Advance();
                        return new AtExpr(SpanOf(token));
                }

                break;
        }

        throw Unexpected(token);
    }

    // Name, Op(args), I!Op, I(p)!J!Op(args).
    private Expr ParseName()
    {
        var start = Advance();
        string name = start.Text;
        var args = AtSymbol("(") ? ParseArguments() : [];
        bool hasArgs = !args.IsEmpty;
        if (!IsSymbol(Current, "!"))
        {
            return hasArgs ? new ApplyExpr(SpanFrom(start), name, args) : new NameExpr(SpanOf(start), name);
        }

        var path = ImmutableArray.CreateBuilder<InstanceStep>();
        while (AcceptSymbol("!"))
        {
            path.Add(new InstanceStep(name, args));
            var step = Current;
            if (step.Kind == TokenKind.Identifier)
            {
                name = Advance().Text;
            }
            else if (step.Kind == TokenKind.Symbol && OperatorTable.IsOperatorSymbol(step.Text))
            {
                name = OperatorTable.CanonicalName(Advance().Text);
            }
            else
            {
                throw Expected("an operator name after '!'");
            }

            args = AtSymbol("(") ? ParseArguments() : [];
        }

        return new QualifiedExpr(SpanFrom(start), path.ToImmutable(), name, args);
    }

    // ( arg, arg ... ) of an operator application.
    private ImmutableArray<Expr> ParseArguments()
    {
        var open = Advance();
        int saved = _bulletColumn;
        _bulletColumn = 0;
        var args = ImmutableArray.CreateBuilder<Expr>();
        do
        {
            args.Add(ParseArgument());
        }
        while (AcceptSymbol(","));
        ExpectClosing(")", open);
        _bulletColumn = saved;
        return args.ToImmutable();
    }

    // An expression, or an operator symbol passed to a higher-order operator (F(+, x), WITH + <- Plus).
    // In parentheses the symbol must be followed by ',' or ')'; after '<-' it may also end the line.
    private Expr ParseArgument(bool inParentheses = true)
    {
        var token = Current;
        if (token.Kind == TokenKind.Symbol && OperatorTable.IsOperatorSymbol(token.Text))
        {
            var next = At(1);
            bool endsHere = IsSymbol(next, ",")
                || (inParentheses
                    ? IsSymbol(next, ")")
                    : next.Line > token.Line || next.Kind is TokenKind.EndOfFile or TokenKind.EndOfItem or TokenKind.ModuleEnd or TokenKind.Separator);
            if (endsHere)
            {
                Advance();
                return new NameExpr(SpanOf(token), OperatorTable.CanonicalName(token.Text));
            }
        }

        return ParseExpr();
    }

    private Expr ParseParenthesized()
    {
        var open = Advance();
        int saved = _bulletColumn;
        _bulletColumn = 0;
        var inner = ParseExpr();
        ExpectClosing(")", open);
        _bulletColumn = saved;
        return inner;
    }

    // {}, {a, b}, {x \in S : P}, {e : x \in S}.
    private Expr ParseBraces()
    {
        var open = Advance();
        int saved = _bulletColumn;
        _bulletColumn = 0;
        Expr result;
        if (AtSymbol("}"))
        {
            Advance();
            result = new SetEnumExpr(SpanFrom(open), []);
        }
        else
        {
            var first = ParseExpr();
            if (AcceptSymbol(":"))
            {
                if (first is ApplyExpr { Operator: "\\in" } membership && TryGetBoundNames(membership.Args[0], out var names, out bool isTuple))
                {
                    var predicate = ParseExpr();
                    ExpectClosing("}", open);
                    var binding = new Binding(membership.Span, names, isTuple, membership.Args[1]);
                    result = new SetFilterExpr(SpanFrom(open), binding, predicate);
                }
                else
                {
                    var bindings = ParseBindings();
                    ExpectClosing("}", open);
                    result = new SetMapExpr(SpanFrom(open), first, bindings);
                }
            }
            else
            {
                var elements = ImmutableArray.CreateBuilder<Expr>();
                elements.Add(first);
                while (AcceptSymbol(","))
                {
                    elements.Add(ParseExpr());
                }

                ExpectClosing("}", open);
                result = new SetEnumExpr(SpanFrom(open), elements.ToImmutable());
            }
        }

        _bulletColumn = saved;
        return result;
    }

    private static bool TryGetBoundNames(Expr pattern, out ImmutableArray<string> names, out bool isTuple)
    {
        if (pattern is NameExpr name)
        {
            names = [name.Name];
            isTuple = false;
            return true;
        }

        isTuple = true;
        if (pattern is TupleExpr tuple && !tuple.Elements.IsEmpty && tuple.Elements.All(e => e is NameExpr))
        {
            names = [.. tuple.Elements.Select(e => ((NameExpr)e).Name)];
            return true;
        }

        names = [];
        return false;
    }

    // [a |-> 1], [a : S], [x \in S |-> e], [S -> T], [f EXCEPT ...], [A]_v.
    private Expr ParseBrackets()
    {
        var open = Advance();
        int saved = _bulletColumn;
        _bulletColumn = 0;
        var first = Current;
        if (first.Kind is TokenKind.Identifier or TokenKind.Keyword && (IsSymbol(At(1), "|->") || IsSymbol(At(1), ":")))
        {
            var record = ParseRecord(open, IsSymbol(At(1), "|->") ? "|->" : ":");
            _bulletColumn = saved;
            return record;
        }

        if (IsBindingStart())
        {
            var bindings = ParseBindings();
            if (AtSymbol("->") && bindings is [{ Names: [var single], IsTuple: false, Domain: { } set } binding])
            {
                // [x \in S -> T] is the set of functions from the Boolean (x \in S) to T; odd but legal.
                Advance();
                var range = ParseExpr();
                ExpectClosing("]", open);
                _bulletColumn = saved;
                var domain = new ApplyExpr(binding.Span, "\\in", [new NameExpr(SpanOf(first), single), set]);
                return new FunctionSetExpr(SpanFrom(open), domain, range);
            }

            ExpectSymbol("|->");
            var body = ParseExpr();
            ExpectClosing("]", open);
            _bulletColumn = saved;
            return new FunctionExpr(SpanFrom(open), bindings, body);
        }

        var expr = ParseExpr();
        if (AtKeyword("EXCEPT"))
        {
            var except = ParseExcept(open, expr);
            _bulletColumn = saved;
            return except;
        }

        if (AcceptSymbol("->"))
        {
            var range = ParseExpr();
            ExpectClosing("]", open);
            _bulletColumn = saved;
            return new FunctionSetExpr(SpanFrom(open), expr, range);
        }

        if (AtSymbol("]_") || (AtSymbol("]") && IsSymbol(At(1), "_")))
        {
            if (Advance().Text == "]")
            {
                Advance();
            }

            _bulletColumn = saved;
            var subscript = ParseSubscript();
            return new ActionExpr(SpanFrom(open), true, expr, subscript);
        }

        if (AtSymbol("]"))
        {
            throw Error(SyntaxErrorCodes.UnexpectedToken, Current, "expected '_' and a subscript after '[A]' (as in [A]_vars)");
        }

        throw Error(
            SyntaxErrorCodes.UnclosedBracket,
            Current,
            $"expected ']' to close '[' opened at {open.Line}:{open.Column}, but found {Describe(Current)}");
    }

    private Expr ParseRecord(Token open, string separator)
    {
        var fields = ImmutableArray.CreateBuilder<FieldInit>();
        do
        {
            var field = Current;
            if (field.Kind is not (TokenKind.Identifier or TokenKind.Keyword))
            {
                throw Expected("a field name");
            }

            Advance();
            ExpectSymbol(separator);
            fields.Add(new FieldInit(field.Text, ParseExpr()));
        }
        while (AcceptSymbol(","));
        ExpectClosing("]", open);
        return separator == "|->"
            ? new RecordExpr(SpanFrom(open), fields.ToImmutable())
            : new RecordSetExpr(SpanFrom(open), fields.ToImmutable());
    }

    private ExceptExpr ParseExcept(Token open, Expr function)
    {
        Advance();
        var updates = ImmutableArray.CreateBuilder<ExceptUpdate>();
        do
        {
            ExpectSymbol("!");
            var path = ImmutableArray.CreateBuilder<ExceptKey>();
            while (true)
            {
                if (AtSymbol("["))
                {
                    var keyOpen = Advance();
                    var index = ParseExprList();
                    ExpectClosing("]", keyOpen);
                    path.Add(new ExceptKey(null, index));
                }
                else if (AtSymbol("."))
                {
                    Advance();
                    var field = Current;
                    if (field.Kind is not (TokenKind.Identifier or TokenKind.Keyword))
                    {
                        throw Expected("a field name after '.'");
                    }

                    Advance();
                    path.Add(new ExceptKey(field.Text, []));
                }
                else
                {
                    break;
                }
            }

            if (path.Count == 0)
            {
                throw Expected("'[' or '.' after '!'");
            }

            ExpectSymbol("=");
            var value = ParseExpr();
            updates.Add(new ExceptUpdate(path.ToImmutable(), value));
        }
        while (AcceptSymbol(","));
        ExpectClosing("]", open);
        return new ExceptExpr(SpanFrom(open), function, updates.ToImmutable());
    }

    // <<a, b>>, or <<A>>_v.
    private Expr ParseTuple()
    {
        var open = Advance();
        int saved = _bulletColumn;
        _bulletColumn = 0;
        var elements = AtSymbol(">>") || AtSymbol(">>_") ? [] : ParseExprList();
        if (AtSymbol(">>_"))
        {
            var close = Advance();
            _bulletColumn = saved;
            if (elements.Length != 1)
            {
                throw Error(SyntaxErrorCodes.UnexpectedToken, close, "'<<A>>_v' needs exactly one action between '<<' and '>>'");
            }

            var subscript = ParseSubscript();
            return new ActionExpr(SpanFrom(open), false, elements[0], subscript);
        }

        ExpectClosing(">>", open);
        _bulletColumn = saved;
        return new TupleExpr(SpanFrom(open), elements);
    }

    // The v of [A]_v, <<A>>_v, WF_v(A): a name, a tuple, or a parenthesised expression. A name
    // takes no arguments here: in WF_vars(Next) the parenthesis belongs to WF_.
    private Expr ParseSubscript()
    {
        var token = Current;
        if (token.Kind == TokenKind.Identifier)
        {
            Advance();
            return new NameExpr(SpanOf(token), token.Text);
        }

        if (IsSymbol(token, "<<") || IsSymbol(token, "("))
        {
            return ParsePrimary();
        }

        throw Expected("a subscript (a name, '<<...>>' or '(...)')");
    }

    private FairnessExpr ParseFairness()
    {
        var start = Advance();
        var subscript = ParseSubscript();
        var open = ExpectSymbol("(");
        int saved = _bulletColumn;
        _bulletColumn = 0;
        var action = ParseExpr();
        ExpectClosing(")", open);
        _bulletColumn = saved;
        return new FairnessExpr(SpanFrom(start), start.Text == "SF_", subscript, action);
    }

    // x, y \in S, <<a, b>> \in T ...
    private ImmutableArray<Binding> ParseBindings()
    {
        var bindings = ImmutableArray.CreateBuilder<Binding>();
        do
        {
            var start = Current;
            bool isTuple = AtSymbol("<<");
            var names = isTuple ? ParseTuplePattern() : ParseNameList("a bound variable name");
            ExpectSymbol("\\in");
            var domain = ParseExpr();
            bindings.Add(new Binding(SpanFrom(start), names, isTuple, domain));
        }
        while (AcceptSymbol(","));
        return bindings.ToImmutable();
    }

    private ImmutableArray<string> ParseTuplePattern()
    {
        var open = Advance();
        var names = ParseNameList("a bound variable name");
        ExpectClosing(">>", open);
        return names;
    }

    // Lookahead for `x, y \in` or `<<x, y>> \in` without consuming anything.
    private bool IsBindingStart()
    {
        int i = 0;
        bool tuple = IsSymbol(At(0), "<<");
        if (tuple)
        {
            i++;
        }

        while (true)
        {
            if (At(i).Kind != TokenKind.Identifier)
            {
                return false;
            }

            i++;
            if (!IsSymbol(At(i), ","))
            {
                break;
            }

            i++;
        }

        if (tuple)
        {
            if (!IsSymbol(At(i), ">>"))
            {
                return false;
            }

            i++;
        }

        return IsSymbol(At(i), "\\in");
    }
}
