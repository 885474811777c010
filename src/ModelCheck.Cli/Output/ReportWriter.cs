using System.Text;
using System.Text.Json;
using ModelCheck.Engine.Search;

namespace ModelCheck.Cli.Output;

/// <summary>
/// The JSON report of <c>--report</c>, in the vocabulary of the tlaplus/Examples manifests, so that
/// results can be compared with TLC's.
/// </summary>
internal static class ReportWriter
{
    /// <summary>The manifest word for a verdict.</summary>
    public static string ResultName(Verdict verdict) => verdict switch
    {
        Verdict.Success => "success",
        Verdict.SafetyFailure => "safety failure",
        Verdict.LivenessFailure => "liveness failure",
        Verdict.Deadlock => "deadlock failure",
        Verdict.AssumptionFailure => "assumption failure",
        _ => "error",
    };

    /// <summary>Renders the report.</summary>
    public static string Render(RunSummary run)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("result", ResultName(run.Verdict));
            json.WriteNumber("exitCode", (int)run.Verdict);
            json.WriteNumber("distinctStates", run.Result?.DistinctStates ?? 0);
            json.WriteNumber("totalStates", run.Result?.GeneratedStates ?? 0);
            json.WriteNumber("stateDepth", run.Result?.Depth ?? 0);
            json.WriteNumber("leftOnQueue", run.Result?.LeftOnQueue ?? 0);
            if (run.ViolationKind is not null)
            {
                json.WriteStartObject("violation");
                json.WriteString("kind", run.ViolationKind);
                if (run.Property is not null)
                {
                    json.WriteString("property", run.Property);
                }
                else
                {
                    json.WriteNull("property");
                }

                json.WriteNumber("traceLength", run.Result?.Trace?.TlcLength ?? 0);
                if (run.Result?.Temporal?.ViolatedPart is { } part)
                {
                    json.WriteString("part", part);
                }
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("violation");
            }

            if (run.ErrorMessage is not null)
            {
                json.WriteString("error", run.ErrorMessage);
            }

            if (run.Result?.Temporal is { } temporal)
            {
                json.WriteStartArray("warnings");
                foreach (var w in temporal.Warnings)
                {
                    json.WriteStringValue(w);
                }

                json.WriteEndArray();
                json.WriteNumber("transitions", temporal.Transitions);
                json.WriteNumber("bytesPerTransition", temporal.BytesPerTransition);
            }

            json.WriteNumber("workers", run.Workers);
            json.WriteNumber("elapsedSeconds", Math.Round(run.ElapsedSeconds, 3));
            if (run.Result is { } r)
            {
                json.WriteNumber("bytesPerState", Math.Round(r.Stats.BytesPerState, 2));
                json.WriteNumber("traceLinkBytesPerState", r.Stats.TraceLinkBytesPerState);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
