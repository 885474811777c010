using System.Globalization;
using System.Text;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Tla.Config;

namespace ModelCheck.Tests.Config;

/// <summary>Prints a <see cref="ModelConfig"/> as stable text, with positions, for snapshot tests and readable assertions.</summary>
internal static class ConfigDump
{
    /// <summary>One line per setting; sections absent from the file are left out.</summary>
    public static string Format(ModelConfig config)
    {
        var text = new StringBuilder();
        Single(text, "SPECIFICATION", config.Specification, config.SpecificationSpan);
        Single(text, "INIT", config.Init, config.InitSpan);
        Single(text, "NEXT", config.Next, config.NextSpan);
        foreach (var constant in config.Constants)
        {
            var module = constant.Module is null ? string.Empty : $"[{constant.Module}] ";
            var right = constant.Value is { } value ? $"= {module}{value}" : $"<- {module}{constant.Replacement}";
            text.Append(CultureInfo.InvariantCulture, $"CONSTANT {constant.Name} {right}  @{At(constant.Span)}\n");
        }

        List(text, "INVARIANT", config.Invariants);
        List(text, "PROPERTY", config.Properties);
        List(text, "CONSTRAINT", config.Constraints);
        List(text, "ACTION_CONSTRAINT", config.ActionConstraints);
        Single(text, "SYMMETRY", config.Symmetry?.Name, config.Symmetry?.Span ?? SourceSpan.None);
        Single(text, "VIEW", config.View?.Name, config.View?.Span ?? SourceSpan.None);
        Single(text, "ALIAS", config.Alias?.Name, config.Alias?.Span ?? SourceSpan.None);
        Single(text, "POSTCONDITION", config.PostCondition?.Name, config.PostCondition?.Span ?? SourceSpan.None);
        if (config.CheckDeadlock is { } check)
        {
            text.Append("CHECK_DEADLOCK ").Append(check ? "TRUE" : "FALSE").Append('\n');
        }

        return text.ToString();
    }

    private static void Single(StringBuilder text, string keyword, string? name, SourceSpan span)
    {
        if (name is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"{keyword} {name}  @{At(span)}\n");
        }
    }

    private static void List(StringBuilder text, string keyword, IEnumerable<ConfigName> names)
    {
        foreach (var name in names)
        {
            text.Append(CultureInfo.InvariantCulture, $"{keyword} {name.Name}  @{At(name.Span)}\n");
        }
    }

    private static string At(SourceSpan span) => $"{span.Line}:{span.Column}-{span.EndLine}:{span.EndColumn}";
}
