using System.Globalization;
using System.Text;
using ModelCheck.Engine.Search;

namespace ModelCheck.Traces.Text;

/// <summary>
/// Renders a counterexample as TLC users know it: numbered states, each with the action that led to
/// it, every variable as a <c>/\ x = v</c> line, and the lines whose value changed marked with a
/// TLA+ comment so that the text stays valid TLA+.
/// </summary>
internal static class TextTraceWriter
{
    /// <summary>The marker appended to a changed variable's line.</summary>
    public const string ChangedMarker = "\\* changed";

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
                if (i > 0 && !steps[i - 1].State[v].Equals(step.State[v]))
                {
                    builder.Append("  ").Append(ChangedMarker);
                }

                builder.Append('\n');
            }
        }

        if (trace.LoopIndex is int loop)
        {
            builder.Append('\n').Append(CultureInfo.InvariantCulture, $"Back to state {loop + 1}.\n");
        }

        return builder.ToString();
    }
}
