using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>A bound-variable declaration. Either several plain names bound independently to the same domain (<c>x, y \in S</c>), or one tuple pattern (<c>&lt;&lt;x, y&gt;&gt; \in S</c>, <see cref="IsTuple"/> true). <see cref="Domain"/> is null only for unbounded CHOOSE.</summary>
internal sealed record Binding(SourceSpan Span, ImmutableArray<string> Names, bool IsTuple, Expr? Domain);
