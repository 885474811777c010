using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>f[x \in S, y \in T] == body</c>; body may refer to f recursively.</summary>
internal sealed record FunctionDef(SourceSpan Span, string Name, ImmutableArray<Binding> Bindings, Expr Body, bool IsLocal) : Unit(Span);
