using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <content>Operator-precedence expressions, prefix operators, bulleted lists and the constructs that extend as far right as possible (IF, CASE, LET, quantifiers, CHOOSE, LAMBDA).</content>
internal sealed partial class Parser
{
    // Precedence climbing over SANY's ranges: an infix operator is taken when its low end is at
    // least minPrecedence; its right operand is parsed above its high end.
    private Expr ParseExpr(int minPrecedence = 0)
    {
        EnsureStack();
        var left = ParseUnary();
        OperatorInfo? previous = null;
        Token previousToken = default;
        while (true)
        {
            var token = Current;
            if (token.Kind != TokenKind.Symbol
                || !OperatorTable.TryGetInfix(token.Text, out var info)
                || info.Low < minPrecedence)
            {
                return left;
            }

            if (previous is not null
                && !(previous.Name == info.Name && info.IsLeftAssociative)
                && info.High >= previous.Low)
            {
                throw Error(
                    SyntaxErrorCodes.PrecedenceConflict,
                    token,
                    $"precedence conflict between '{previousToken.Text}' at {previousToken.Line}:{previousToken.Column} and '{token.Text}': add parentheses");
            }

            previous = info;
            previousToken = token;
            if (info.Name == "\\X")
            {
                var factors = ImmutableArray.CreateBuilder<Expr>();
                factors.Add(left);
                while (Current.Kind == TokenKind.Symbol && OperatorTable.TryGetInfix(Current.Text, out var times) && times.Name == "\\X")
                {
                    Advance();
                    factors.Add(ParseExpr(info.High + 1));
                }

                left = new ApplyExpr(Cover(left.Span, factors[^1].Span), "\\X", factors.ToImmutable());
                continue;
            }

            Advance();
            var right = ParseExpr(info.High + 1);
            left = info.Name is "/\\" or "\\/"
                ? Junction(left, right, info.Name == "/\\")
                : new ApplyExpr(Cover(left.Span, right.Span), info.Name, [left, right]);
        }
    }

    private static SourceSpan Cover(SourceSpan start, SourceSpan end) => SourceSpan.Cover(start, end);

    // Flattens chains of the same junction into one node.
    private static JunctionExpr Junction(Expr left, Expr right, bool isConjunction)
    {
        var items = ImmutableArray.CreateBuilder<Expr>();
        AddJunctionItem(items, left, isConjunction);
        AddJunctionItem(items, right, isConjunction);
        return new JunctionExpr(Cover(left.Span, right.Span), isConjunction, items.ToImmutable());
    }

    private static void AddJunctionItem(ImmutableArray<Expr>.Builder items, Expr item, bool isConjunction)
    {
        if (item is JunctionExpr junction && junction.IsConjunction == isConjunction)
        {
            items.AddRange(junction.Items);
        }
        else
        {
            items.Add(item);
        }
    }

    private Expr ParseUnary()
    {
        EnsureStack();
        var token = Current;
        if (token.Kind == TokenKind.Symbol)
        {
            switch (token.Text)
            {
                case "/\\" or "\\/":
                    return ParseBulletList();
                case "\\A" or "\\E":
                    return ParseQuantifier();
                case "\\AA" or "\\EE":
                    return ParseTemporalQuantifier();
            }

            if (OperatorTable.TryGetPrefix(token.Text, out var prefix))
            {
                return ParsePrefix(prefix);
            }
        }
        else if (token.Kind == TokenKind.Identifier && IsLabelStart())
        {
            // Why: labels (P0:: e, lbl(x):: e) only name subexpressions for proofs; the AST drops them.
            while (!AtSymbol("::"))
            {
                Advance();
            }

            Advance();
            return ParseExpr();
        }
        else if (token.Kind == TokenKind.Keyword)
        {
            switch (token.Text)
            {
                case "ENABLED" or "UNCHANGED" or "SUBSET" or "UNION" or "DOMAIN":
                    OperatorTable.TryGetPrefix(token.Text, out var prefix);
                    return ParsePrefix(prefix!);
                case "IF":
                    return ParseIf();
                case "CASE":
                    return ParseCase();
                case "LET":
                    return ParseLet();
                case "CHOOSE":
                    return ParseChoose();
                case "LAMBDA":
                    return ParseLambda();
            }
        }

        return ParsePostfix(ParsePrimary());
    }

    // `name ::` or `name(x, y) ::` at the current position.
    private bool IsLabelStart()
    {
        if (IsSymbol(At(1), "::"))
        {
            return true;
        }

        if (!IsSymbol(At(1), "("))
        {
            return false;
        }

        int i = 2;
        while (At(i).Kind == TokenKind.Identifier)
        {
            i++;
            if (IsSymbol(At(i), ")"))
            {
                return IsSymbol(At(i + 1), "::");
            }

            if (!IsSymbol(At(i), ","))
            {
                return false;
            }

            i++;
        }

        return false;
    }

    private Expr ParsePrefix(OperatorInfo prefix)
    {
        var start = Advance();
        var operand = ParseExpr(prefix.High + 1);

        // Like SANY's operator stack: an infix operator the operand did not absorb must bind
        // strictly looser than the prefix operator (DOMAIN f \X S and []x = 1 are conflicts).
        var next = Current;
        if (next.Kind == TokenKind.Symbol
            && OperatorTable.TryGetInfix(next.Text, out var infix)
            && infix.High >= prefix.Low)
        {
            throw Error(
                SyntaxErrorCodes.PrecedenceConflict,
                next,
                $"precedence conflict between '{start.Text}' at {start.Line}:{start.Column} and '{next.Text}': add parentheses");
        }

        var span = SpanFrom(start);
        return prefix.Name switch
        {
            "[]" => new TemporalExpr(span, true, operand),
            "<>" => new TemporalExpr(span, false, operand),
            "UNCHANGED" => new UnchangedExpr(span, operand),
            _ => new ApplyExpr(span, prefix.Name, [operand]),
        };
    }

    // A list of /\ or \/ items aligned on the bullet's column (see the class remarks).
    private Expr ParseBulletList()
    {
        var bullet = Current;
        bool isConjunction = bullet.Text == "/\\";
        int saved = _bulletColumn;
        var items = ImmutableArray.CreateBuilder<Expr>();
        while (true)
        {
            Advance();
            _bulletColumn = bullet.Column;
            var item = ParseExpr();
            _bulletColumn = saved;
            AddJunctionItem(items, item, isConjunction);
            var next = Raw(0);
            if (!(IsSymbol(next, bullet.Text) && next.Column == bullet.Column))
            {
                break;
            }
        }

        return items.Count == 1 ? items[0] : new JunctionExpr(SpanFrom(bullet), isConjunction, items.ToImmutable());
    }

    private Expr ParseQuantifier()
    {
        var start = Advance();
        bool isForAll = start.Text == "\\A";
        if (IsBindingStart())
        {
            var bindings = ParseBindings();
            ExpectSymbol(":");
            var body = ParseExpr();
            return new QuantifierExpr(SpanFrom(start), isForAll, bindings, body);
        }

        var names = ParseNameList("a bound variable name");
        ExpectSymbol(":");
        var unboundedBody = ParseExpr();
        return new UnboundedQuantifierExpr(SpanFrom(start), isForAll, false, names, unboundedBody);
    }

    private Expr ParseTemporalQuantifier()
    {
        var start = Advance();
        var names = ParseNameList("a variable name");
        ExpectSymbol(":");
        var body = ParseExpr();
        return new UnboundedQuantifierExpr(SpanFrom(start), start.Text == "\\AA", true, names, body);
    }

    private ImmutableArray<string> ParseNameList(string what)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        do
        {
            names.Add(ExpectIdentifier(what).Text);
        }
        while (AcceptSymbol(","));
        return names.ToImmutable();
    }

    private IfExpr ParseIf()
    {
        var start = Advance();
        var condition = ParseExpr();
        ExpectKeyword("THEN");
        var then = ParseExpr();
        ExpectKeyword("ELSE");
        var otherwise = ParseExpr();
        return new IfExpr(SpanFrom(start), condition, then, otherwise);
    }

    private CaseExpr ParseCase()
    {
        var start = Advance();
        var arms = ImmutableArray.CreateBuilder<CaseArm>();
        Expr? other = null;
        do
        {
            if (AtKeyword("OTHER"))
            {
                Advance();
                ExpectSymbol("->");
                other = ParseExpr();
                break;
            }

            var guard = ParseExpr();
            ExpectSymbol("->");
            var value = ParseExpr();
            arms.Add(new CaseArm(guard, value));
        }
        while (AcceptSymbol("[]"));
        return new CaseExpr(SpanFrom(start), arms.ToImmutable(), other);
    }

    private LetExpr ParseLet()
    {
        var start = Advance();
        var definitions = ImmutableArray.CreateBuilder<Unit>();
        do
        {
            var unitStart = Current;
            if (IsKeyword(unitStart, "RECURSIVE"))
            {
                Advance();
                var operators = ParseOpDeclList();
                definitions.Add(new RecursiveDecl(SpanFrom(unitStart), operators));
            }
            else
            {
                definitions.Add(ParseDefinition(unitStart, isLocal: false));
            }
        }
        while (!AtKeyword("IN"));
        Advance();
        var body = ParseExpr();
        return new LetExpr(SpanFrom(start), definitions.ToImmutable(), body);
    }

    private ChooseExpr ParseChoose()
    {
        var start = Advance();
        var bindingStart = Current;
        bool isTuple = AtSymbol("<<");
        var names = isTuple ? ParseTuplePattern() : [ExpectIdentifier("a bound variable name").Text];
        Expr? domain = null;
        if (AcceptSymbol("\\in"))
        {
            domain = ParseExpr();
        }

        var binding = new Binding(SpanFrom(bindingStart), names, isTuple, domain);
        ExpectSymbol(":");
        var predicate = ParseExpr();
        return new ChooseExpr(SpanFrom(start), binding, predicate);
    }

    private LambdaExpr ParseLambda()
    {
        var start = Advance();
        var names = ParseNameList("a parameter name");
        ExpectSymbol(":");
        var body = ParseExpr();
        return new LambdaExpr(SpanFrom(start), names, body);
    }

    // Postfix operators and the tightest-binding forms: e', e^+, f[a, b], r.field.
    private Expr ParsePostfix(Expr expr)
    {
        while (true)
        {
            var token = Current;
            if (token.Kind != TokenKind.Symbol)
            {
                return expr;
            }

            if (OperatorTable.TryGetPostfix(token.Text, out var postfix))
            {
                Advance();
                expr = postfix.Name == "'"
                    ? new PrimeExpr(SpanFrom(expr.Span), expr)
                    : new ApplyExpr(SpanFrom(expr.Span), postfix.Name, [expr]);
            }
            else if (token.Text == "[")
            {
                var open = Advance();
                int saved = _bulletColumn;
                _bulletColumn = 0;
                var args = ParseExprList();
                ExpectClosing("]", open);
                _bulletColumn = saved;
                expr = new FunctionApplyExpr(SpanFrom(expr.Span), expr, args);
            }
            else if (token.Text == "." && At(1).Kind is TokenKind.Identifier or TokenKind.Keyword)
            {
                Advance();
                var field = Advance();
                expr = new FieldExpr(SpanFrom(expr.Span), expr, field.Text);
            }
            else
            {
                return expr;
            }
        }
    }

    private ImmutableArray<Expr> ParseExprList()
    {
        var items = ImmutableArray.CreateBuilder<Expr>();
        do
        {
            items.Add(ParseExpr());
        }
        while (AcceptSymbol(","));
        return items.ToImmutable();
    }
}
