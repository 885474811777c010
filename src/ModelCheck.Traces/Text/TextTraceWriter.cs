using System.Globalization;
using System.Text;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;
using ModelCheck.Traces.Changes;

namespace ModelCheck.Traces.Text;

/// <summary>
/// Renders a counterexample as TLC users know it: numbered states, each with the action that led to
/// it, every variable as a <c>/\ x = v</c> line, and the lines whose value changed marked with a
/// TLA+ comment so that the text stays valid TLA+. Under a changed function or record whose domain
/// stayed the same, comment lines (<c>\*   pc[e2]: "idle" -&gt; "apply"</c>) list only the entries that changed.
/// </summary>
internal static class TextTraceWriter
{
    /// <summary>The marker appended to a changed variable's line.</summary>
    public const string ChangedMarker = "\\* changed";

    /// <summary>The start of a line that notes one changed entry of a function or record.</summary>
    public const string EntryNotePrefix = "\\*   ";

    /// <summary>Writes <paramref name="trace"/> under the one-line <paramref name="headline"/>.</summary>
    public static string Write(string headline, Counterexample trace)
    {
        var builder = new StringBuilder();
        builder.Append(headline).Append('\n');
        var steps = trace.Steps;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            builder.Append('\n');
            builder.Append(CultureInfo.InvariantCulture, $"State {i + 1}: ");
            builder.Append(step.Action is null ? "<Initial predicate>" : $"<{step.Action}>");
            builder.Append('\n');
            for (var v = 0; v < trace.Variables.Length; v++)
            {
                var value = step.State[v].ToString();
                builder.Append("/\\ ").Append(trace.Variables[v]).Append(" = ").Append(value);
                var changed = i > 0 && !steps[i - 1].State[v].Equals(step.State[v]);
                if (changed)
                {
                    builder.Append("  ").Append(ChangedMarker);
                }

                builder.Append('\n');
                if (changed)
                {
                    AppendEntryNotes(builder, trace.Variables[v], steps[i - 1].State[v], step.State[v]);
                }
            }
        }

        if (trace.Stuttering)
        {
            builder.Append('\n').Append(CultureInfo.InvariantCulture, $"State {steps.Length + 1}: Stuttering\n");
        }
        else if (trace.LoopIndex is int loop)
        {
            // TLC's wording; the closing step's action when the trace knows it.
            builder.Append('\n').Append(CultureInfo.InvariantCulture, $"Back to state {loop + 1}");
            builder.Append(trace.ClosingAction is { } action ? $": <{action}>\n" : ".\n");
        }

        return builder.ToString();
    }

    /// <summary>
    /// Under a changed function or record, one comment line per changed entry, so that a reader sees
    /// which process moved without comparing two long lines by eye.
    /// </summary>
    private static void AppendEntryNotes(StringBuilder builder, string variable, Value before, Value after)
    {
        foreach (var change in StateChanges.Of(variable, before, after))
        {
            if (!change.IsEntry)
            {
                continue;
            }

            builder.Append(EntryNotePrefix).Append(change.Path).Append(": ");
            change.Before.Format(builder);
            builder.Append(" -> ");
            change.After.Format(builder);
            builder.Append('\n');
        }
    }
}
