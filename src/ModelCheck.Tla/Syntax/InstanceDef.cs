using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary><c>[LOCAL] [I(p) ==] INSTANCE M [WITH a &lt;- e, ...]</c>. Name is null for an unnamed instance, whose definitions join the current module.</summary>
internal sealed record InstanceDef(SourceSpan Span, string? Name, ImmutableArray<OpDecl> Params, string Module, ImmutableArray<Substitution> Substitutions, bool IsLocal) : Unit(Span);
