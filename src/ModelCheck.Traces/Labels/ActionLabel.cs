using System.Collections.Immutable;

namespace ModelCheck.Traces.Labels;

/// <summary>
/// An action label as the engine prints it, <c>Name(arg, ...)</c>, taken apart: the operator name and
/// each argument's TLA+ text.
/// </summary>
/// <param name="Name">The operator name.</param>
/// <param name="Arguments">The arguments as written, e.g. <c>e1</c>, <c>"E"</c>, <c>{c1, c2}</c>.</param>
internal sealed record ActionLabel(string Name, ImmutableArray<string> Arguments)
{
    /// <summary>Splits <paramref name="label"/> at its top-level commas; a label without parentheses has no arguments.</summary>
    public static ActionLabel Parse(string label)
    {
        var open = label.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !label.EndsWith(')'))
        {
            return new ActionLabel(label, []);
        }

        var arguments = ImmutableArray.CreateBuilder<string>();
        var depth = 0;
        var start = open + 1;
        var inString = false;
        for (var i = start; i < label.Length - 1; i++)
        {
            var c = label[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '<' when Next(label, i) == '<':
                    depth++;
                    i++;
                    break;
                case '>' when Next(label, i) == '>':
                    depth--;
                    i++;
                    break;
                case ',' when depth == 0:
                    arguments.Add(label[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        var last = label[start..^1].Trim();
        if (last.Length > 0 || arguments.Count > 0)
        {
            arguments.Add(last);
        }

        return new ActionLabel(label[..open], arguments.ToImmutable());
    }

    /// <summary>
    /// The argument that most likely names the process taking the step: the first model value (a bare
    /// identifier such as <c>e1</c>), else the first string or integer; null when every argument is a
    /// compound value (a set, a record) or there is none.
    /// </summary>
    public string? ProcessArgument()
    {
        foreach (var a in Arguments)
        {
            if (IsIdentifier(a))
            {
                return a;
            }
        }

        foreach (var a in Arguments)
        {
            if (IsScalar(a))
            {
                return a;
            }
        }

        return null;
    }

    private static char Next(string text, int i) => i + 1 < text.Length ? text[i + 1] : '\0';

    private static bool IsIdentifier(string text) =>
        text.Length > 0 && !char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && text.Any(char.IsAsciiLetter) && text is not ("TRUE" or "FALSE");

    private static bool IsScalar(string text) =>
        (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        || (text.Length > 0 && text.TrimStart('-').Length > 0 && text.TrimStart('-').All(char.IsAsciiDigit));
}
