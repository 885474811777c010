using System.Collections.Frozen;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling;

/// <summary>
/// Finds modules by name: the standard modules are built in, every other module is
/// <c>&lt;Name&gt;.tla</c> in the root spec's folder, parsed once.
/// </summary>
internal sealed class ModuleLoader(string directory)
{
    /// <summary>
    /// Modules whose operators are built into the evaluator. TLAPS holds only proof pragmas, which
    /// appear only inside proofs that are skipped.
    /// </summary>
    private static readonly FrozenSet<string> s_standard = FrozenSet.ToFrozenSet(
        ["Naturals", "Integers", "Sequences", "FiniteSets", "TLC", "TLAPS", "Bags", "Reals", "Randomization", "Json", "Toolbox"],
        StringComparer.Ordinal);

    private readonly Dictionary<string, ModuleDef> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    /// <summary>True for a module the evaluator provides.</summary>
    public static bool IsStandard(string name) => s_standard.Contains(name);

    /// <summary>Source text of every file read, by the path used in spans, for error rendering.</summary>
    public IReadOnlyDictionary<string, string> Sources => _sources;

    /// <summary>Registers an already parsed module (the root, or a nested module).</summary>
    public void Register(ModuleDef module) => _modules.TryAdd(module.Name, module);

    /// <summary>Parses a file and registers its module.</summary>
    public ModuleDef? LoadFile(string path, List<Diagnostic> diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            diagnostics.Add(new Diagnostic("MC0002", SourceSpan.None, $"cannot read {path}: {e.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(new Diagnostic("MC0002", SourceSpan.None, $"cannot read {path}: {e.Message}"));
            return null;
        }

        _sources[path] = text;
        var module = TlaParser.ParseModule(text, path, diagnostics);
        if (module is not null)
        {
            Register(module);
            foreach (var unit in module.Units)
            {
                if (unit is ModuleDef nested)
                {
                    Register(nested);
                }
            }
        }

        return module;
    }

    /// <summary>The module named <paramref name="name"/>; reports at <paramref name="span"/> when it cannot be found.</summary>
    public ModuleDef Get(string name, SourceSpan span)
    {
        if (_modules.TryGetValue(name, out var module))
        {
            return module;
        }

        var path = Path.Combine(directory, name + ".tla");
        if (!File.Exists(path))
        {
            throw new DiagnosticException(new Diagnostic("TLA0401", span, $"cannot find module {name}: no file {path}"));
        }

        var diagnostics = new List<Diagnostic>();
        module = LoadFile(path, diagnostics);
        if (module is null)
        {
            throw new DiagnosticException(diagnostics[0]);
        }

        if (module.Name != name)
        {
            throw new DiagnosticException(new Diagnostic("TLA0402", module.Span, $"file {path} holds module {module.Name}, not {name}"));
        }

        return module;
    }
}
