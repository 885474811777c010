using System.Globalization;
using System.Text;
using ModelCheck.Engine.Search;

namespace ModelCheck.Traces.Dot;

/// <summary>
/// Writes a state graph in Graphviz DOT: one box per state listing its variables, one arrow per
/// transition labelled with its action, a point marking the initial states, and the counterexample's
/// states and steps drawn in red (its last state filled darker). Transitions between the same two
/// states share one arrow whose label lists their actions.
/// </summary>
internal static class DotGraphWriter
{
    /// <summary>Longest variable line in a state's box, before escaping.</summary>
    public const int MaxLineLength = 60;

    private const string PathColor = "#c62828";
    private const string PathFill = "#fde0dc";
    private const string EndFill = "#f28b82";

    /// <summary>Writes <paramref name="graph"/>, titled <paramref name="headline"/>, with <paramref name="trace"/> highlighted when given.</summary>
    public static string Write(string headline, StateGraph graph, Counterexample? trace)
    {
        var (pathStates, pathEdges, last) = Highlight(graph, trace);
        var builder = new StringBuilder("digraph StateGraph {\n");
        builder.Append("  graph [label=").Append(Quote(headline)).Append(", labelloc=t, fontname=\"Helvetica\"];\n");
        builder.Append("  node [shape=box, fontname=\"Courier\", fontsize=10];\n");
        builder.Append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        builder.Append("  init [shape=point, label=\"\"];\n");
        for (var s = 0; s < graph.States.Count; s++)
        {
            var label = new StringBuilder();
            for (var v = 0; v < graph.Variables.Length; v++)
            {
                label.Append(Escape(Shorten($"{graph.Variables[v]} = {graph.States[s][v]}"))).Append("\\l");
            }

            builder.Append(CultureInfo.InvariantCulture, $"  s{s} [label=\"").Append(label).Append('"');
            if (pathStates.Contains(s))
            {
                builder.Append(", style=filled, fillcolor=\"").Append(s == last ? EndFill : PathFill)
                    .Append("\", color=\"").Append(PathColor).Append("\", penwidth=2");
            }

            builder.Append("];\n");
        }

        foreach (var s in graph.InitialStates)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  init -> s{s}");
            builder.Append(pathStates.Count > 0 && trace is not null && graph.IndexOf(trace.Steps[0].State) == s
                ? $" [color=\"{PathColor}\", penwidth=2];\n"
                : ";\n");
        }

        for (var s = 0; s < graph.States.Count; s++)
        {
            // Why one arrow per target: several actions often lead to the same state (all the no-op
            // steps of a state loop back to it); one arrow listing them keeps the drawing readable.
            foreach (var group in graph.Graph.OutEdges(s).GroupBy(e => e.Target))
            {
                var labels = string.Join("\\n", group.Select(e => Escape(e.Tag)));
                builder.Append(CultureInfo.InvariantCulture, $"  s{s} -> s{group.Key} [label=\"").Append(labels).Append('"');
                if (group.Any(e => pathEdges.Contains((e.Source, e.Target, e.Tag))))
                {
                    builder.Append(", color=\"").Append(PathColor).Append("\", fontcolor=\"").Append(PathColor).Append("\", penwidth=2.5");
                }

                builder.Append("];\n");
            }
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    /// <summary>The vertices and edges the trace walks: for each step, the edge with its action, or every edge between the two states when none matches.</summary>
    private static (HashSet<int> States, HashSet<(int, int, string)> Edges, int Last) Highlight(StateGraph graph, Counterexample? trace)
    {
        var states = new HashSet<int>();
        var edges = new HashSet<(int, int, string)>();
        if (trace is null || trace.Steps.Length == 0)
        {
            return (states, edges, -1);
        }

        var vertices = trace.Steps.Select(step => graph.IndexOf(step.State)).ToArray();
        states.UnionWith(vertices.Where(v => v >= 0));
        for (var i = 1; i < vertices.Length; i++)
        {
            AddStep(graph, vertices[i - 1], vertices[i], trace.Steps[i].Action, edges);
        }

        if (trace.LoopIndex is int loop)
        {
            AddStep(graph, vertices[^1], vertices[loop], null, edges);
        }

        return (states, edges, vertices[^1]);
    }

    private static void AddStep(StateGraph graph, int from, int to, string? action, HashSet<(int, int, string)> edges)
    {
        if (from < 0 || to < 0)
        {
            return;
        }

        var candidates = graph.Graph.OutEdges(from).Where(e => e.Target == to).ToList();
        var matching = candidates.Where(e => e.Tag == action).ToList();
        foreach (var e in matching.Count > 0 ? matching : candidates)
        {
            edges.Add((e.Source, e.Target, e.Tag));
        }
    }

    private static string Shorten(string text) => text.Length <= MaxLineLength ? text : string.Concat(text.AsSpan(0, MaxLineLength - 3), "...");

    private static string Quote(string text) => "\"" + Escape(text) + "\"";

    /// <summary>Escapes a DOT string: backslash and quote; line breaks become spaces (the label's own breaks are <c>\l</c>).</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace('\r', ' ');
}
