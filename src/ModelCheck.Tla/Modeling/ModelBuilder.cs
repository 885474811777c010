using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Compilation;
using ModelCheck.Tla.Config;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Modeling;

/// <summary>
/// Loads a spec and its TLC configuration and compiles them into a <see cref="TlaModel"/>: resolves
/// modules (EXTENDS, INSTANCE), binds constants, checks ASSUMEs, and takes Init and Next apart from
/// the SPECIFICATION formula as TLC does.
/// </summary>
internal sealed partial class ModelBuilder
{
    private readonly ModuleLoader _loader;
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly List<string> _variables = [];
    private readonly List<(AssumeDef Assume, ModuleInstance Owner)> _assumptions = [];
    private readonly List<(ModuleInstance Module, IEnumerable<Unit> Units)> _checkedUnits = [];
    private readonly List<Diagnostic> _warnings = [];
    private ModuleInstance _root = null!;
    private Compiler _compiler = null!;

    private ModelBuilder(string directory)
    {
        _loader = new ModuleLoader(directory);
    }

    /// <summary>
    /// Builds the model of <paramref name="specPath"/> with <paramref name="configPath"/> (default:
    /// the spec's name with <c>.cfg</c>), applying <paramref name="constOverrides"/> (<c>NAME=VALUE</c>) last.
    /// <paramref name="adjust"/>, when given, rewrites the parsed configuration before it is used
    /// (e.g. to check one property at a time).
    /// </summary>
    public static BuildOutcome Build(string specPath, string? configPath, IReadOnlyList<string> constOverrides, Func<ModelConfig, ModelConfig>? adjust = null)
    {
        var directory = Path.GetDirectoryName(specPath);
        var builder = new ModelBuilder(string.IsNullOrEmpty(directory) ? "." : directory);
        return builder.Run(specPath, configPath ?? Path.ChangeExtension(specPath, ".cfg"), constOverrides, adjust);
    }

    private BuildOutcome Run(string specPath, string configPath, IReadOnlyList<string> constOverrides, Func<ModelConfig, ModelConfig>? adjust)
    {
        var diagnostics = new List<Diagnostic>();
        ModelConfig? config = null;
        try
        {
            var rootModule = _loader.LoadFile(specPath, diagnostics);
            if (rootModule is null)
            {
                return Fail(Verdict.SpecError, diagnostics, null);
            }

            config = LoadConfig(configPath, constOverrides, diagnostics);
            if (config is null)
            {
                return Fail(Verdict.ConfigError, diagnostics, null);
            }

            if (adjust is not null)
            {
                config = adjust(config);
            }

            if (!CheckSupported(config, diagnostics))
            {
                return Fail(Verdict.ConfigError, diagnostics, config);
            }

            _root = new ModuleInstance(rootModule.Name);
            AddModule(rootModule, _root, null, null, new HashSet<string>(StringComparer.Ordinal));
            var (constants, overrides) = BindConstants(config, diagnostics);
            if (diagnostics.Count > 0)
            {
                return Fail(Verdict.ConfigError, diagnostics, config);
            }

            _compiler = new Compiler(_root, constants, overrides, [.. _variables]);
            var names = new NameChecker(_compiler);
            foreach (var (module, units) in _checkedUnits)
            {
                names.Check(module, units);
            }

            var assumption = CheckAssumptions();
            if (assumption is not null)
            {
                diagnostics.Add(assumption.Value.Diagnostic);
                return Fail(assumption.Value.Verdict, diagnostics, config);
            }

            var model = CompileModel(config, diagnostics);
            if (model is null)
            {
                return Fail(Verdict.ConfigError, diagnostics, config);
            }

            return new BuildOutcome(model, config, config.CheckDeadlock ?? true, null, [], _loader.Sources.Concat(_sources).ToDictionary())
            {
                Warnings = [.. _warnings],
            };
        }
        catch (DiagnosticException e)
        {
            diagnostics.Add(e.Diagnostic);
            var verdict = e.Diagnostic.Code.StartsWith("CFG", StringComparison.Ordinal) ? Verdict.ConfigError
                : e.Diagnostic.Code.StartsWith("TLC", StringComparison.Ordinal) ? Verdict.EvaluationError
                : Verdict.SpecError;
            return Fail(verdict, diagnostics, config);
        }
    }

    /// <summary>
    /// Refuses the configuration sections that would change the results and are not implemented,
    /// rather than ignore them.
    /// </summary>
    private bool CheckSupported(ModelConfig config, List<Diagnostic> diagnostics)
    {
        var unsupported = new (string Section, ConfigName? Name)[]
        {
            ("VIEW", config.View),
            ("POSTCONDITION", config.PostCondition),
        };
        foreach (var (section, name) in unsupported)
        {
            if (name is not null)
            {
                diagnostics.Add(new Diagnostic("CFG0310", name.Span, $"{section} is not supported yet: the states and counts would not be TLC's; remove the {section} line to check the model without it"));
            }
        }

        return diagnostics.Count == 0;
    }

    private BuildOutcome Fail(Verdict verdict, List<Diagnostic> diagnostics, ModelConfig? config) =>
        new(null, config, true, verdict, [.. diagnostics], _loader.Sources.Concat(_sources).ToDictionary());

    private ModelConfig? LoadConfig(string configPath, IReadOnlyList<string> constOverrides, List<Diagnostic> diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(configPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic("CFG0001", SourceSpan.None, $"cannot read the configuration {configPath}: {e.Message}"));
            return null;
        }

        _sources[configPath] = text;
        var config = ConfigParser.Parse(text, configPath, diagnostics);
        if (config is null || diagnostics.Count > 0)
        {
            return null;
        }

        if (constOverrides.Count == 0)
        {
            return config;
        }

        var extra = ImmutableArray.CreateBuilder<ConfigConstant>();
        foreach (var item in constOverrides)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                diagnostics.Add(new Diagnostic("CFG0002", SourceSpan.None, $"--const expects NAME=VALUE, got '{item}'"));
                return null;
            }

            var parsed = ConfigParser.Parse($"CONSTANTS {item[..eq].Trim()} = {item[(eq + 1)..].Trim()}\n", "--const", diagnostics);
            if (parsed is null || diagnostics.Count > 0)
            {
                return null;
            }

            extra.AddRange(parsed.Constants);
        }

        // Later entries win, so command-line constants override the file's.
        return config with { Constants = config.Constants.AddRange(extra) };
    }

    /// <summary>
    /// Adds a module's names to <paramref name="target"/>: EXTENDS first, then its own units. With
    /// <paramref name="outer"/> set, the module is being instantiated and its constants and variables
    /// become substitutions.
    /// </summary>
    private void AddModule(ModuleDef module, ModuleInstance target, ModuleInstance? outer, Dictionary<string, Expr>? substitutions, HashSet<string> visited)
    {
        if (!visited.Add(module.Name))
        {
            return;
        }

        foreach (var name in module.Extends)
        {
            if (!ModuleLoader.IsStandard(name))
            {
                AddModule(_loader.Get(name, module.Span), target, outer, substitutions, visited);
            }
        }

        _checkedUnits.Add((target, module.Units));
        foreach (var unit in module.Units)
        {
            switch (unit)
            {
                case ConstantDecl c:
                    foreach (var decl in c.Constants)
                    {
                        target.Symbols[decl.Name] = outer is null
                            ? new ConstantSymbol(decl.Name, decl)
                            : new SubstitutionSymbol(decl.Name, Substitute(decl.Name, decl.Span, substitutions), outer);
                    }

                    break;
                case VariableDecl v:
                    foreach (var name in v.Names)
                    {
                        if (outer is null)
                        {
                            target.Symbols[name] = new VariableSymbol(name, _variables.Count);
                            _variables.Add(name);
                        }
                        else
                        {
                            target.Symbols[name] = new SubstitutionSymbol(name, Substitute(name, v.Span, substitutions), outer);
                        }
                    }

                    break;
                case OperatorDef d:
                    target.Symbols[d.Name] = new DefinitionSymbol(d.Name, d, target);
                    break;
                case FunctionDef f:
                    target.Symbols[f.Name] = new DefinitionSymbol(f.Name, f, target);
                    break;
                case InstanceDef i:
                    AddInstance(i, target);
                    break;
                case AssumeDef a:
                    _assumptions.Add((a, target));
                    if (a.Name is not null)
                    {
                        target.Symbols[a.Name] = new DefinitionSymbol(a.Name, new OperatorDef(a.Span, a.Name, [], a.Condition, false), target);
                    }

                    break;
                case ModuleDef nested:
                    _loader.Register(nested);
                    break;
            }
        }
    }

    private static Expr Substitute(string name, SourceSpan span, Dictionary<string, Expr>? substitutions) =>
        substitutions is not null && substitutions.TryGetValue(name, out var e) ? e : new NameExpr(span, name);

    private void AddInstance(InstanceDef def, ModuleInstance target)
    {
        if (ModuleLoader.IsStandard(def.Module))
        {
            return;
        }

        if (def.Params.Length > 0)
        {
            throw new DiagnosticException(new Diagnostic("TLA0311", def.Span, "parameterised instances (I(p) == INSTANCE M) are not supported yet"));
        }

        var module = _loader.Get(def.Module, def.Span);
        var substitutions = new Dictionary<string, Expr>(StringComparer.Ordinal);
        foreach (var s in def.Substitutions)
        {
            substitutions[s.Name] = s.Value;
        }

        var instance = new ModuleInstance(def.Module);
        AddModule(module, instance, target, substitutions, new HashSet<string>(StringComparer.Ordinal));
        if (def.Name is not null)
        {
            target.Symbols[def.Name] = new InstanceSymbol(def.Name, instance);
            return;
        }

        // An unnamed INSTANCE brings the instantiated definitions into this module.
        foreach (var (name, symbol) in instance.Symbols)
        {
            if (symbol is DefinitionSymbol or InstanceSymbol)
            {
                target.Symbols[name] = symbol;
            }
        }
    }

    private (Dictionary<string, Value> Constants, Dictionary<string, string> Overrides) BindConstants(ModelConfig config, List<Diagnostic> diagnostics)
    {
        var constants = new Dictionary<string, Value>(StringComparer.Ordinal);
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in config.Constants)
        {
            _root.Symbols.TryGetValue(c.Name, out var target);
            if (target is null && c.Value is not null && c.Span.File == "--const")
            {
                diagnostics.Add(new Diagnostic("CFG0203", c.Span, $"--const assigns {c.Name}, which the spec does not declare"));
                continue;
            }

            if (target is null && c.Value is not null)
            {
                // Why a warning: TLC accepts a value for a name the spec does not declare and goes
                // on (SimplifiedFastPaxos's Paxos.cfg names its model values this way).
                _warnings.Add(new Diagnostic("CFG0203", c.Span, $"the configuration assigns {c.Name}, which the spec does not declare; ignored, as TLC does"));
                continue;
            }

            if (target is DefinitionSymbol d && c.Value is not null)
            {
                // TLC lets the configuration give a value to a defined operator too (NoNode = NoNode).
                _root.Symbols[c.Name] = new ConstantSymbol(c.Name, new OpDecl(d.Definition.Span, c.Name, 0));
            }

            if (c.Replacement is not null)
            {
                if (!_root.Symbols.ContainsKey(c.Replacement))
                {
                    diagnostics.Add(new Diagnostic("CFG0204", c.Span, $"{c.Name} <- {c.Replacement}: the spec has no definition {c.Replacement}"));
                    continue;
                }

                overrides[c.Name] = c.Replacement;
                constants.Remove(c.Name);
            }
            else if (c.Value is not null)
            {
                constants[c.Name] = ToValue(c.Value);
                overrides.Remove(c.Name);
            }
        }

        foreach (var symbol in _root.Symbols.Values)
        {
            if (symbol is ConstantSymbol cs && !constants.ContainsKey(cs.Name) && !overrides.ContainsKey(cs.Name))
            {
                diagnostics.Add(new Diagnostic("CFG0202", cs.Declaration.Span, $"the constant parameter {cs.Name} is not assigned a value by the configuration file"));
            }
        }

        return (constants, overrides);
    }

    private static Value ToValue(ConfigValue value) => value switch
    {
        ConfigInt i => IntValue.Of(i.Value),
        ConfigString s => StringValue.Of(s.Value),
        ConfigBool b => BoolValue.Of(b.Value),
        ConfigModelValue m => new ModelValue(m.Name),
        ConfigSet s => EnumeratedSet.FromUnsorted([.. s.Elements.Select(ToValue)]),
        ConfigTuple t => new TupleValue([.. t.Elements.Select(ToValue)]),
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    private (Verdict Verdict, Diagnostic Diagnostic)? CheckAssumptions()
    {
        var ctx = new EvalContext(_variables.Count);
        EvalContext.Current = ctx;
        foreach (var (assume, owner) in _assumptions)
        {
            try
            {
                var node = _compiler.CompileStandalone(assume.Condition, owner);
                if (!node.EvalBool(ctx))
                {
                    return (Verdict.AssumptionFailure, new Diagnostic("TLC0010", assume.Span, "assumption is false"));
                }
            }
            catch (DiagnosticException e)
            {
                var verdict = e.Diagnostic.Code == EvalErrors.AssertFailed ? Verdict.AssertFailure : Verdict.EvaluationError;
                return (verdict, e.Diagnostic);
            }
            catch (ValueException e)
            {
                return (Verdict.EvaluationError, new Diagnostic(EvalErrors.RuntimeError, assume.Span, e.Message));
            }
        }

        return null;
    }
}
