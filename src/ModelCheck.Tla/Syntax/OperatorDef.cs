using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>Op(x, F(_)) == body</c>, also infix/prefix/postfix definitions (<c>a \prec b == ...</c>, Name is the operator symbol). Parameters are <see cref="OpDecl"/>s: arity 0 for ordinary ones.</summary>
internal sealed record OperatorDef(SourceSpan Span, string Name, ImmutableArray<OpDecl> Params, Expr Body, bool IsLocal) : Unit(Span);
