namespace ModelCheck.Tla.Compilation;

/// <summary>Where an expression is compiled: its module instantiation, lexical scope and frame layout.</summary>
/// <param name="Module">The module instantiation whose names are visible.</param>
/// <param name="Scope">Local names; null at module level.</param>
/// <param name="Layout">The frame new bound variables go in.</param>
/// <param name="At">The slot holding <c>@</c> inside an EXCEPT value, or null.</param>
internal sealed record CompileEnv(ModuleInstance Module, Scope? Scope, FrameLayout Layout, SlotBinding? At = null)
{
    /// <summary>A child environment with a new scope on the same frame.</summary>
    public CompileEnv WithScope(Scope scope) => this with { Scope = scope };
}
