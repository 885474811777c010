using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Search;
using ModelCheck.Traces.Dot;
using ModelCheck.Traces.Itf;
using ModelCheck.Traces.Mermaid;
using ModelCheck.Traces.Text;

namespace ModelCheck.Traces;

/// <summary>Renders one counterexample in each requested format, for <c>check --out</c>.</summary>
internal static class CounterexampleFiles
{
    /// <summary>
    /// The files for <paramref name="formats"/>, in <see cref="TraceFormatNames.All"/> order. A format
    /// that cannot be rendered (DOT of a large spec) comes back with <see cref="RenderedTrace.Problem"/> set.
    /// </summary>
    /// <param name="formats">The formats wanted.</param>
    /// <param name="headline">The one-line verdict, e.g. <c>Error: Invariant Inv is violated.</c></param>
    /// <param name="trace">The counterexample.</param>
    /// <param name="specFileName">The spec's file name, without folders, for the ITF <c>source</c>.</param>
    /// <param name="model">The model, needed for DOT only.</param>
    /// <param name="dotStateLimit">The most states a DOT graph may have.</param>
    public static List<RenderedTrace> Render(
        TraceFormats formats,
        string headline,
        Counterexample trace,
        string? specFileName,
        IModel? model,
        int dotStateLimit = StateGraphExplorer.DefaultStateLimit)
    {
        var files = new List<RenderedTrace>();
        foreach (var (format, _, extension) in TraceFormatNames.All)
        {
            if ((formats & format) == 0)
            {
                continue;
            }

            files.Add(format switch
            {
                TraceFormats.Text => new RenderedTrace(extension, TextTraceWriter.Write(headline, trace), null),
                TraceFormats.Itf => new RenderedTrace(extension, ItfTraceWriter.Write(trace, specFileName, headline), null),
                TraceFormats.Mermaid => new RenderedTrace(extension, MermaidTraceWriter.Write(headline, trace), null),
                _ => RenderDot(extension, headline, trace, model, dotStateLimit),
            });
        }

        return files;
    }

    private static RenderedTrace RenderDot(string extension, string headline, Counterexample trace, IModel? model, int limit)
    {
        if (model is null)
        {
            return new RenderedTrace(extension, null, "DOT needs the model, which is not available");
        }

        try
        {
            var graph = StateGraphExplorer.TryExplore(model, limit, out var problem);
            return graph is null
                ? new RenderedTrace(extension, null, problem)
                : new RenderedTrace(extension, DotGraphWriter.Write(headline, graph, trace), null);
        }
        catch (DiagnosticException e)
        {
            return new RenderedTrace(extension, null, $"the state graph could not be explored: {e.Diagnostic.Message}");
        }
    }
}
