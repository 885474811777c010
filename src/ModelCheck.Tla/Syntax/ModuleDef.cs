using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>A parsed module: its name, what it EXTENDS, and its units in source order. Nested modules (submodules) are units too.</summary>
internal sealed record ModuleDef(SourceSpan Span, string Name, ImmutableArray<string> Extends, ImmutableArray<Unit> Units) : Unit(Span);
