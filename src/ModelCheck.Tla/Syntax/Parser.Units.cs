using System.Collections.Immutable;

namespace ModelCheck.Tla.Syntax;

/// <content>Modules and module-level units: declarations, definitions, instances, assumptions, theorems.</content>
internal sealed partial class Parser
{
    private ModuleDef ParseModule()
    {
        EnsureStack();
        var start = Current;
        if (start.Kind != TokenKind.Separator)
        {
            throw Expected("'---- MODULE'");
        }

        Advance();
        ExpectKeyword("MODULE");
        string name = ExpectIdentifier("a module name").Text;
        if (Current.Kind == TokenKind.Separator)
        {
            Advance();
        }

        var extends = ImmutableArray.CreateBuilder<string>();
        if (AtKeyword("EXTENDS"))
        {
            Advance();
            do
            {
                extends.Add(ExpectIdentifier("a module name").Text);
            }
            while (AcceptSymbol(","));
        }

        var units = new List<Unit>();
        while (true)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.ModuleEnd:
                    Advance();
                    return new ModuleDef(SpanFrom(start), name, extends.ToImmutable(), [.. units]);
                case TokenKind.EndOfFile:
                    throw Error(
                        SyntaxErrorCodes.MissingModuleEnd,
                        token,
                        $"expected '====' to end module '{name}' begun at {start.Line}:{start.Column}, but found end of file");
                case TokenKind.Separator:
                    if (IsKeyword(At(1), "MODULE"))
                    {
                        units.Add(ParseModule());
                    }
                    else
                    {
                        Advance();
                    }

                    break;
                default:
                    ParseUnit(units);
                    break;
            }
        }
    }

    private void ParseUnit(List<Unit> units)
    {
        var start = Current;
        if (start.Kind != TokenKind.Keyword)
        {
            units.Add(ParseDefinition(start, isLocal: false));
            return;
        }

        switch (start.Text)
        {
            case "LOCAL":
                Advance();
                units.Add(AtKeyword("INSTANCE")
                    ? ParseInstance(start, name: null, [], isLocal: true)
                    : ParseDefinition(start, isLocal: true));
                break;
            case "CONSTANT" or "CONSTANTS":
                Advance();
                var constants = ParseOpDeclList();
                units.Add(new ConstantDecl(SpanFrom(start), constants));
                break;
            case "VARIABLE" or "VARIABLES":
                Advance();
                var names = ImmutableArray.CreateBuilder<string>();
                do
                {
                    names.Add(ExpectIdentifier("a variable name").Text);
                }
                while (AcceptSymbol(","));
                units.Add(new VariableDecl(SpanFrom(start), names.ToImmutable()));
                break;
            case "ASSUME" or "ASSUMPTION" or "AXIOM":
                Advance();
                string? assumptionName = TryParseStatementName();
                var condition = ParseExpr();
                units.Add(new AssumeDef(SpanFrom(start), assumptionName, condition));
                break;
            case "THEOREM" or "LEMMA" or "PROPOSITION" or "COROLLARY":
                units.Add(ParseTheorem(start));
                break;
            case "INSTANCE":
                units.Add(ParseInstance(start, name: null, [], isLocal: false));
                break;
            case "RECURSIVE":
                Advance();
                var recursive = ParseOpDeclList();
                units.Add(new RecursiveDecl(SpanFrom(start), recursive));
                break;
            case "USE" or "HIDE":
                // Why: proof directives have no meaning for model checking; they are skipped like proofs.
                Advance();
                SkipToNextUnit(start.Column);
                break;
            default:
                throw Unexpected(start);
        }
    }

    // `Name ==` after ASSUME/THEOREM.
    private string? TryParseStatementName()
    {
        if (Current.Kind == TokenKind.Identifier && IsSymbol(At(1), "=="))
        {
            string name = Advance().Text;
            Advance();
            return name;
        }

        return null;
    }

    private TheoremDef ParseTheorem(Token start)
    {
        Advance();
        string? name = TryParseStatementName();
        if (AtKeyword("ASSUME"))
        {
            // ASSUME ... PROVE ... is a sequent, meaningful only to the proof system.
            Advance();
            SkipToNextUnit(start.Column);
            return new TheoremDef(SpanFrom(start), name, null);
        }

        var body = ParseExpr();
        var theorem = new TheoremDef(SpanFrom(start), name, body);
        if (IsProofStart(Raw(0)))
        {
            SkipToNextUnit(start.Column);
        }

        return theorem;
    }

    // A definition: operator (ordinary, infix, prefix, postfix), function, or named instance.
    private Unit ParseDefinition(Token start, bool isLocal)
    {
        var token = Current;
        if (token.Kind == TokenKind.Identifier)
        {
            var next = At(1);
            if (IsSymbol(next, "=="))
            {
                Advance();
                Advance();
                return ParseDefinitionBody(start, token.Text, [], isLocal);
            }

            if (IsSymbol(next, "("))
            {
                Advance();
                var open = Advance();
                var parameters = ParseOpDeclList();
                ExpectClosing(")", open);
                ExpectSymbol("==");
                return ParseDefinitionBody(start, token.Text, parameters, isLocal);
            }

            if (IsSymbol(next, "["))
            {
                Advance();
                var open = Advance();
                var bindings = ParseBindings();
                ExpectClosing("]", open);
                ExpectSymbol("==");
                var body = ParseExpr();
                return new FunctionDef(SpanFrom(start), token.Text, bindings, body, isLocal);
            }

            if (next.Kind == TokenKind.Symbol
                && OperatorTable.TryGetInfix(next.Text, out var infix)
                && At(2).Kind == TokenKind.Identifier
                && IsSymbol(At(3), "=="))
            {
                var left = Advance();
                Advance();
                var right = Advance();
                Advance();
                ImmutableArray<OpDecl> parameters = [new OpDecl(SpanOf(left), left.Text, 0), new OpDecl(SpanOf(right), right.Text, 0)];
                return ParseDefinitionBody(start, infix.Name, parameters, isLocal);
            }

            if (next.Kind == TokenKind.Symbol
                && OperatorTable.TryGetPostfix(next.Text, out var postfix)
                && IsSymbol(At(2), "=="))
            {
                var operand = Advance();
                Advance();
                Advance();
                return ParseDefinitionBody(start, postfix.Name, [new OpDecl(SpanOf(operand), operand.Text, 0)], isLocal);
            }
        }
        else if (token.Kind == TokenKind.Symbol
            && OperatorTable.TryGetPrefix(token.Text, out var prefix)
            && At(1).Kind == TokenKind.Identifier
            && IsSymbol(At(2), "=="))
        {
            Advance();
            var operand = Advance();
            Advance();
            return ParseDefinitionBody(start, prefix.Name, [new OpDecl(SpanOf(operand), operand.Text, 0)], isLocal);
        }

        if (token.Kind is TokenKind.Identifier)
        {
            Advance();
            throw Expected("'==' after the name being defined");
        }

        throw Error(SyntaxErrorCodes.UnexpectedToken, token, $"unexpected {Describe(token)}: expected a declaration or definition");
    }

    private Unit ParseDefinitionBody(Token start, string name, ImmutableArray<OpDecl> parameters, bool isLocal)
    {
        if (AtKeyword("INSTANCE"))
        {
            return ParseInstance(start, name, parameters, isLocal);
        }

        var body = ParseExpr();
        return new OperatorDef(SpanFrom(start), name, parameters, body, isLocal);
    }

    // INSTANCE M [WITH a <- e, ...], the current token being INSTANCE (or LOCAL before it).
    private InstanceDef ParseInstance(Token start, string? name, ImmutableArray<OpDecl> parameters, bool isLocal)
    {
        ExpectKeyword("INSTANCE");
        string module = ExpectIdentifier("a module name").Text;
        var substitutions = ImmutableArray.CreateBuilder<Substitution>();
        if (AtKeyword("WITH"))
        {
            Advance();
            do
            {
                var target = Current;
                string targetName;
                if (target.Kind == TokenKind.Identifier)
                {
                    targetName = Advance().Text;
                }
                else if (target.Kind == TokenKind.Symbol && OperatorTable.IsOperatorSymbol(target.Text))
                {
                    targetName = OperatorTable.CanonicalName(Advance().Text);
                }
                else
                {
                    throw Expected("a constant, variable or operator to substitute");
                }

                ExpectSymbol("<-");
                var value = ParseArgument(inParentheses: false);
                substitutions.Add(new Substitution(SpanFrom(target), targetName, value));
            }
            while (AcceptSymbol(","));
        }

        return new InstanceDef(SpanFrom(start), name, parameters, module, substitutions.ToImmutable(), isLocal);
    }

    private ImmutableArray<OpDecl> ParseOpDeclList()
    {
        var decls = ImmutableArray.CreateBuilder<OpDecl>();
        do
        {
            decls.Add(ParseOpDecl());
        }
        while (AcceptSymbol(","));
        return decls.ToImmutable();
    }

    // x | F(_, _) | _ \prec _ | -. _ | _ ^+
    private OpDecl ParseOpDecl()
    {
        var start = Current;
        if (start.Kind == TokenKind.Identifier)
        {
            Advance();
            if (!AtSymbol("("))
            {
                return new OpDecl(SpanOf(start), start.Text, 0);
            }

            var open = Advance();
            int arity = 0;
            do
            {
                ExpectSymbol("_");
                arity++;
            }
            while (AcceptSymbol(","));
            ExpectClosing(")", open);
            return new OpDecl(SpanFrom(start), start.Text, arity);
        }

        if (IsSymbol(start, "_"))
        {
            Advance();
            var op = Current;
            if (op.Kind == TokenKind.Symbol && OperatorTable.TryGetInfix(op.Text, out var infix))
            {
                Advance();
                ExpectSymbol("_");
                return new OpDecl(SpanFrom(start), infix.Name, 2);
            }

            if (op.Kind == TokenKind.Symbol && OperatorTable.TryGetPostfix(op.Text, out var postfix))
            {
                Advance();
                return new OpDecl(SpanFrom(start), postfix.Name, 1);
            }

            throw Expected("an infix or postfix operator after '_'");
        }

        if (start.Kind == TokenKind.Symbol && OperatorTable.TryGetPrefix(start.Text, out var prefix))
        {
            Advance();
            ExpectSymbol("_");
            return new OpDecl(SpanFrom(start), prefix.Name, 1);
        }

        throw Expected("a name or operator declaration");
    }
}
