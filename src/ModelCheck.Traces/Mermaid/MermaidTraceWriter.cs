using System.Globalization;
using System.Text;
using ModelCheck.Engine.Search;
using ModelCheck.Traces.Changes;
using ModelCheck.Traces.Labels;

namespace ModelCheck.Traces.Mermaid;

/// <summary>
/// Renders a counterexample as a Mermaid sequence diagram (renders on GitHub): one participant per
/// process that takes steps, one for the shared state, and for each step a message labelled with
/// its action and a note with what changed; the cycle of a lasso is drawn in a <c>loop</c> block
/// that ends with the step back to the cycle's first state.
/// </summary>
/// <remarks>
/// Participants come from the action labels: <c>Apply(e1)</c> is a step of <c>e1</c> (see
/// <see cref="ActionLabel.ProcessArgument"/>), and an action without such an argument
/// (<c>FillBigJug</c>, <c>Next</c>) is its own participant. They are listed in order of first
/// appearance, the state last. Notes are cut to <see cref="MaxLineLength"/> characters a line and
/// <see cref="MaxNoteLines"/> lines: the diagram is an overview, the text trace has every value.
/// </remarks>
internal static class MermaidTraceWriter
{
    /// <summary>Longest line of a note, before escaping.</summary>
    public const int MaxLineLength = 60;

    /// <summary>Most changes listed in one note; the rest are counted.</summary>
    public const int MaxNoteLines = 8;

    private const string StateId = "st";
    private const string Indent = "    ";

    /// <summary>Writes <paramref name="trace"/> as a <c>sequenceDiagram</c> titled <paramref name="headline"/>.</summary>
    public static string Write(string headline, Counterexample trace)
    {
        var steps = trace.Steps;
        var participants = new List<string>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);

        // Why one more sender: the step that closes a lasso, from the last state back to the loop's start.
        var senders = new string[steps.Length + 1];
        for (var i = 1; i <= steps.Length; i++)
        {
            var action = i < steps.Length ? steps[i].Action : trace.ClosingAction;
            if (i == steps.Length && action is null)
            {
                break;
            }

            var name = ParticipantOf(action);
            if (!ids.TryGetValue(name, out var id))
            {
                participants.Add(name);
                id = string.Create(CultureInfo.InvariantCulture, $"p{participants.Count}");
                ids.Add(name, id);
            }

            senders[i] = id;
        }

        var builder = new StringBuilder("sequenceDiagram\n");
        builder.Append(Indent).Append("title ").Append(MermaidText.Escape(MermaidText.Shorten(headline, 120))).Append('\n');
        foreach (var name in participants)
        {
            builder.Append(Indent).Append("participant ").Append(ids[name]).Append(" as ")
                .Append(MermaidText.Escape(MermaidText.Shorten(name, MaxLineLength))).Append('\n');
        }

        builder.Append(Indent).Append("participant ").Append(StateId).Append(" as state\n");
        if (steps.Length == 0)
        {
            return builder.ToString();
        }

        var initial = new List<string>();
        for (var v = 0; v < trace.Variables.Length; v++)
        {
            initial.Add($"{trace.Variables[v]} = {steps[0].State[v]}");
        }

        AppendNote(builder, Indent, "State 1 (initial)", initial);
        var loop = trace.LoopIndex;
        for (var i = 1; i < steps.Length; i++)
        {
            var indent = Indent;
            if (loop is int start && i > start)
            {
                if (i == start + 1)
                {
                    builder.Append(Indent).Append(CultureInfo.InvariantCulture, $"loop from State {start + 1} to State {steps.Length}, then back to State {start + 1}\n");
                }

                indent = Indent + Indent;
            }

            AppendStep(builder, indent, senders[i], steps[i].Action, trace, steps[i - 1], steps[i], string.Create(CultureInfo.InvariantCulture, $"State {i + 1}"));
        }

        if (loop is int back)
        {
            if (back == steps.Length - 1)
            {
                builder.Append(Indent).Append(CultureInfo.InvariantCulture, $"loop State {steps.Length} forever\n");
            }

            if (trace.ClosingAction is { } closing)
            {
                AppendStep(builder, Indent + Indent, senders[steps.Length], closing, trace, steps[^1], steps[back], string.Create(CultureInfo.InvariantCulture, $"Back to State {back + 1}"));
            }
            else if (back == steps.Length - 1)
            {
                builder.Append(Indent).Append(Indent).Append("Note over ").Append(StateId).Append(": (stays in this state)\n");
            }

            builder.Append(Indent).Append("end\n");
        }

        return builder.ToString();
    }

    /// <summary>The participant that takes a step labelled <paramref name="action"/>.</summary>
    public static string ParticipantOf(string? action)
    {
        if (action is null)
        {
            return "?";
        }

        var label = ActionLabel.Parse(action);
        return label.ProcessArgument() ?? label.Name;
    }

    /// <summary>One step: a message from its process labelled with the action, and a note of what changed.</summary>
    private static void AppendStep(StringBuilder builder, string indent, string sender, string? action, Counterexample trace, TraceStep from, TraceStep to, string title)
    {
        builder.Append(indent).Append(sender).Append("->>").Append(StateId).Append(": ")
            .Append(MermaidText.Escape(MermaidText.Shorten(action ?? "?", MaxLineLength))).Append('\n');
        var changes = StateChanges.Between(trace.Variables, from.State, to.State)
            .Select(c => $"{c.Path} = {c.After}")
            .ToList();
        AppendNote(builder, indent, title, changes.Count > 0 ? changes : ["(no change)"]);
    }

    private static void AppendNote(StringBuilder builder, string indent, string title, List<string> lines)
    {
        builder.Append(indent).Append("Note over ").Append(StateId).Append(": ").Append(MermaidText.Escape(title));
        var shown = lines.Count <= MaxNoteLines ? lines.Count : MaxNoteLines - 1;
        for (var i = 0; i < shown; i++)
        {
            builder.Append("<br/>").Append(MermaidText.Escape(MermaidText.Shorten(lines[i], MaxLineLength)));
        }

        if (shown < lines.Count)
        {
            builder.Append("<br/>").Append(CultureInfo.InvariantCulture, $"... and {lines.Count - shown} more");
        }

        builder.Append('\n');
    }
}
