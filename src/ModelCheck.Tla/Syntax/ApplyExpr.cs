using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>Application of a named operator, user-defined or built-in. Infix, prefix and postfix operators use their TLA+ spelling as <see cref="Operator"/> (<c>+</c>, <c>\cup</c>, <c>\in</c>, <c>=</c>, <c>-.</c> for unary minus, <c>'</c> is never used here: see <see cref="PrimeExpr"/>). Synonyms are normalised by the parser: <c>\intersect</c> becomes <c>\cap</c>, <c>\union</c> becomes <c>\cup</c>, <c>#</c> and <c>/=</c> become <c>/=</c>, <c>=&lt;</c> and <c>\leq</c> become <c>&lt;=</c>, <c>\geq</c> becomes <c>&gt;=</c>, <c>\lnot</c> and <c>\neg</c> become <c>~</c>, <c>\land</c> becomes <c>/\</c>, <c>\lor</c> becomes <c>\/</c>, <c>\circ</c> becomes <c>\o</c>, <c>\equiv</c> becomes <c>&lt;=&gt;</c>.</summary>
internal sealed record ApplyExpr(SourceSpan Span, string Operator, ImmutableArray<Expr> Args) : Expr(Span);
