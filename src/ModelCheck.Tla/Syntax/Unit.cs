using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Tla.Syntax;

/// <summary>Base of a module-level unit (declaration, definition, instance, assumption, theorem).</summary>
internal abstract record Unit(SourceSpan Span);
