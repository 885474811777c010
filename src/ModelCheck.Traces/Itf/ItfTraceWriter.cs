using System.Globalization;
using System.Text;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;

namespace ModelCheck.Traces.Itf;

/// <summary>
/// Writes a counterexample in the Informal Trace Format (ITF, Apalache ADR-015) read by Apalache,
/// Quint and the Rust <c>itf</c> crate: <c>#meta</c>, <c>vars</c>, <c>states</c> and, for a lasso,
/// <c>loop</c>.
/// </summary>
/// <remarks>
/// Encoding: integers as <c>{"#bigint": "n"}</c> (the only form the 2023 revision of ADR-015 allows),
/// strings and booleans as JSON, sets as <c>#set</c> in canonical order, sequences (functions on
/// 1..n, tuples included: TLA+ does not tell them apart) as JSON lists, records as JSON objects,
/// other functions as <c>#map</c>, and values that cannot be listed (<c>Nat</c>) as <c>#unserializable</c>.
/// Why model values are plain strings: every ITF reader accepts a string, while Apalache rejects
/// <c>#unserializable</c>; the trace's <c>#meta.modelValues</c> lists their names so that
/// <see cref="ItfTraceReader"/> turns them back into model values. Each state's <c>#meta</c> has
/// its <c>index</c> and, after the first, the <c>action</c> label; a lasso's closing step is labelled
/// by the trace's <c>#meta.loopAction</c>, absent when the lasso ends by stuttering.
/// Why no <c>#meta.varTypes</c>: it is optional, and Apalache's types cannot be read off the values
/// faithfully (empty sets and sequences have no element type, TLA+ does not tell a sequence from a
/// function on 1..n, and model values, written as strings, would be typed <c>Str</c>); a wrong type is
/// worse than none.
/// </remarks>
internal static class ItfTraceWriter
{
    /// <summary>Where the format is described, as Apalache writes it in <c>format-description</c>.</summary>
    public const string FormatDescription = "https://apalache-mc.org/docs/adr/015adr-trace.html";

    /// <summary>The trace-level <c>#meta</c> field that lists the names of model values written as strings.</summary>
    public const string ModelValuesField = "modelValues";

    /// <summary>The state-level <c>#meta</c> field that holds the action label.</summary>
    public const string ActionField = "action";

    /// <summary>
    /// The trace-level <c>#meta</c> field that holds the label of the step from the last state back to
    /// <c>states[loop]</c>. Why trace-level: a state's <c>action</c> is the step that led to it, and
    /// <c>states[loop]</c> already has one, from the stem; <c>loop</c> itself is trace-level too.
    /// </summary>
    public const string LoopActionField = "loopAction";

    /// <summary>Writes <paramref name="trace"/> as ITF JSON, one line per variable of each state.</summary>
    /// <param name="trace">The behaviour.</param>
    /// <param name="source">The spec's file name (no folders, so that output does not depend on where it ran), or null.</param>
    /// <param name="description">What the trace shows, e.g. the violation headline, or null.</param>
    public static string Write(Counterexample trace, string? source = null, string? description = null)
    {
        var modelValues = new SortedSet<string>(StringComparer.Ordinal);
        var states = new StringBuilder();
        for (var i = 0; i < trace.Steps.Length; i++)
        {
            var step = trace.Steps[i];
            states.Append(i == 0 ? "\n" : ",\n").Append("    {\n");
            states.Append(CultureInfo.InvariantCulture, $"      \"#meta\": {{\"index\": {i}");
            if (step.Action is { } action)
            {
                states.Append(", \"").Append(ActionField).Append("\": ");
                ItfJson.AppendString(states, action);
            }

            states.Append('}');
            for (var v = 0; v < trace.Variables.Length; v++)
            {
                states.Append(",\n      ");
                ItfJson.AppendString(states, trace.Variables[v]);
                states.Append(": ");
                AppendValue(states, step.State[v], modelValues);
            }

            states.Append("\n    }");
        }

        var builder = new StringBuilder();
        builder.Append("{\n  \"#meta\": {\n    \"format\": \"ITF\",\n    \"format-description\": ");
        ItfJson.AppendString(builder, FormatDescription);
        if (source is not null)
        {
            builder.Append(",\n    \"source\": ");
            ItfJson.AppendString(builder, source);
        }

        if (description is not null)
        {
            builder.Append(",\n    \"description\": ");
            ItfJson.AppendString(builder, description);
        }

        if (modelValues.Count > 0)
        {
            builder.Append(",\n    \"").Append(ModelValuesField).Append("\": ");
            AppendStringList(builder, modelValues);
        }

        if (trace.LoopIndex is not null && trace.ClosingAction is { } closing)
        {
            builder.Append(",\n    \"").Append(LoopActionField).Append("\": ");
            ItfJson.AppendString(builder, closing);
        }

        builder.Append("\n  },\n  \"vars\": ");
        AppendStringList(builder, trace.Variables);
        builder.Append(",\n  \"states\": [").Append(states);
        builder.Append(trace.Steps.Length > 0 ? "\n  ]" : "]");
        if (trace.LoopIndex is int loop)
        {
            builder.Append(CultureInfo.InvariantCulture, $",\n  \"loop\": {loop}");
        }

        builder.Append("\n}\n");
        return builder.ToString();
    }

    /// <summary>Appends one value in ITF form; model values met are added to <paramref name="modelValues"/>.</summary>
    public static void AppendValue(StringBuilder builder, Value value, ISet<string> modelValues)
    {
        switch (value)
        {
            case BoolValue b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case IntValue n:
                builder.Append("{\"#bigint\": \"").Append(n.Value.ToString(CultureInfo.InvariantCulture)).Append("\"}");
                break;
            case StringValue s:
                ItfJson.AppendString(builder, s.Value);
                break;
            case ModelValue m:
                modelValues.Add(m.Name);
                ItfJson.AppendString(builder, m.Name);
                break;
            case SetValue set:
                AppendSet(builder, set, modelValues);
                break;
            case FunctionValue f:
                AppendFunction(builder, f, modelValues);
                break;
            default:
                AppendUnserializable(builder, value.ToString());
                break;
        }
    }

    private static void AppendSet(StringBuilder builder, SetValue set, ISet<string> modelValues)
    {
        if (!set.IsFinite)
        {
            AppendUnserializable(builder, set.Describe());
            return;
        }

        builder.Append("{\"#set\": [");
        var elements = set.Enumerate().Elements;
        for (var i = 0; i < elements.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            AppendValue(builder, elements[i], modelValues);
        }

        builder.Append("]}");
    }

    private static void AppendFunction(StringBuilder builder, FunctionValue f, ISet<string> modelValues)
    {
        if (f is LazyFunctionValue { DomainSet.IsFinite: false } lazy)
        {
            AppendUnserializable(builder, $"[x \\in {lazy.DomainSet.Describe()} |-> ...]");
            return;
        }

        var n = f.Count;
        if (FunctionValue.TryAsSequence(f, out var items))
        {
            builder.Append('[');
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                AppendValue(builder, items[i], modelValues);
            }

            builder.Append(']');
            return;
        }

        if (IsRecord(f))
        {
            builder.Append('{');
            for (var i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                ItfJson.AppendString(builder, ((StringValue)f.KeyAt(i)).Value);
                builder.Append(": ");
                AppendValue(builder, f.ValueAt(i), modelValues);
            }

            builder.Append('}');
            return;
        }

        builder.Append("{\"#map\": [");
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append('[');
            AppendValue(builder, f.KeyAt(i), modelValues);
            builder.Append(", ");
            AppendValue(builder, f.ValueAt(i), modelValues);
            builder.Append(']');
        }

        builder.Append("]}");
    }

    /// <summary>
    /// A function is written as a JSON object when every key is a string that cannot be mistaken for
    /// an ITF form (ADR-015: "field names should not start with #").
    /// </summary>
    private static bool IsRecord(FunctionValue f)
    {
        for (var i = 0; i < f.Count; i++)
        {
            if (f.KeyAt(i) is not StringValue s || s.Value.StartsWith('#'))
            {
                return false;
            }
        }

        return f.Count > 0;
    }

    private static void AppendUnserializable(StringBuilder builder, string text)
    {
        builder.Append("{\"#unserializable\": ");
        ItfJson.AppendString(builder, text);
        builder.Append('}');
    }

    private static void AppendStringList(StringBuilder builder, IEnumerable<string> items)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            ItfJson.AppendString(builder, item);
            first = false;
        }

        builder.Append(']');
    }
}
