using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>
/// A module as instantiated: the root module, or an INSTANCE of another module with its
/// substitutions. Its names map to symbols; its definitions compile once per instantiation.
/// </summary>
internal sealed class ModuleInstance(string name)
{
    /// <summary>The module's name.</summary>
    public string Name { get; } = name;

    /// <summary>Module-level names, later definitions replacing earlier ones only where TLA+ allows (EXTENDS order).</summary>
    public Dictionary<string, Symbol> Symbols { get; } = new(StringComparer.Ordinal);

    /// <summary>Compiled definitions of this instantiation, by definition node.</summary>
    public Dictionary<Unit, CompiledOperator> Compiled { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>ASSUME units of this module and the modules it extends.</summary>
    public List<AssumeDef> Assumptions { get; } = [];
}
