using System.Collections.Immutable;
using System.Text.Json;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;

namespace ModelCheck.Traces.Itf;

/// <summary>
/// Reads an ITF trace back into states, one <see cref="Value"/> per variable in <c>vars</c> order:
/// traces written by <see cref="ItfTraceWriter"/> and by other ITF tools (Apalache, Quint).
/// </summary>
/// <remarks>
/// Accepted beyond what the writer produces: integers as plain JSON numbers (older ITF) as well as
/// <c>#bigint</c>; <c>#tup</c> (a tuple is a sequence in TLA+); <c>{"tag": .., "value": ..}</c>
/// variants, read as the records they are in TLA+; extra fields in a state that are not in
/// <c>vars</c> (Apalache puts its <c>params</c> in the first state), <c>params</c>, and any
/// <c>#meta</c> (<c>format</c>, <c>varTypes</c>, <c>timestamp</c>, ...), all ignored except
/// <c>modelValues</c> and <c>loopAction</c> (see <see cref="ItfTraceWriter"/>).
/// A string becomes a model value when its text is a name in <c>#meta.modelValues</c> or in the
/// names the caller knows from the configuration; otherwise it stays a string.
/// <c>#unserializable</c> values are refused: the writer could not list them, so they cannot be compared.
/// </remarks>
internal static partial class ItfTraceReader
{
    private static readonly JsonDocumentOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 512,
    };

    /// <summary>Reads the trace in <paramref name="json"/>.</summary>
    /// <param name="json">The text of an ITF file.</param>
    /// <param name="modelValueNames">Names of model values (e.g. from the configuration) that strings with that text stand for.</param>
    /// <exception cref="ItfFormatException">The text is not JSON, or not an ITF trace.</exception>
    public static Counterexample Read(string json, IEnumerable<string>? modelValueNames = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException e)
        {
            throw new ItfFormatException($"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            return ReadTrace(document.RootElement, modelValueNames);
        }
    }

    private static Counterexample ReadTrace(JsonElement root, IEnumerable<string>? modelValueNames)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ItfFormatException($"an ITF trace is a JSON object, found {Describe(root)}");
        }

        var names = new HashSet<string>(modelValueNames ?? [], StringComparer.Ordinal);
        string? loopAction = null;
        if (root.TryGetProperty("#meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
        {
            if (meta.TryGetProperty(ItfTraceWriter.ModelValuesField, out var listed) && listed.ValueKind == JsonValueKind.Array)
            {
                foreach (var name in listed.EnumerateArray())
                {
                    if (name.ValueKind == JsonValueKind.String)
                    {
                        names.Add(name.GetString()!);
                    }
                }
            }

            if (meta.TryGetProperty(ItfTraceWriter.LoopActionField, out var label) && label.ValueKind == JsonValueKind.String)
            {
                loopAction = label.GetString();
            }
        }

        var variables = ReadVariables(root);
        if (!root.TryGetProperty("states", out var statesElement) || statesElement.ValueKind != JsonValueKind.Array)
        {
            throw new ItfFormatException("the trace has no \"states\" array");
        }

        var reader = new ValueReader(names);
        var steps = ImmutableArray.CreateBuilder<TraceStep>(statesElement.GetArrayLength());
        var index = 0;
        foreach (var stateElement in statesElement.EnumerateArray())
        {
            steps.Add(ReadState(stateElement, index, variables, reader));
            index++;
        }

        int? loop = null;
        if (root.TryGetProperty("loop", out var loopElement) && loopElement.ValueKind != JsonValueKind.Null)
        {
            if (!loopElement.TryGetInt32(out var loopIndex) || loopIndex < 0 || loopIndex >= steps.Count)
            {
                throw new ItfFormatException($"\"loop\" must be the index of a state (0 to {steps.Count - 1}), found {loopElement.GetRawText()}");
            }

            loop = loopIndex;
        }

        if (loop is null)
        {
            return new Counterexample(variables, steps.MoveToImmutable());
        }

        // A loop on the last state with no closing action is the behaviour stuttering there forever,
        // as the writer writes it; a labelled one is a step of the spec that changes nothing.
        var stuttering = loop == steps.Count - 1 && loopAction is null;
        return new Counterexample(variables, steps.MoveToImmutable(), loop, stuttering, loopAction);
    }

    private static ImmutableArray<string> ReadVariables(JsonElement root)
    {
        if (!root.TryGetProperty("vars", out var vars) || vars.ValueKind != JsonValueKind.Array)
        {
            throw new ItfFormatException("the trace has no \"vars\" array");
        }

        var variables = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in vars.EnumerateArray())
        {
            if (v.ValueKind != JsonValueKind.String)
            {
                throw new ItfFormatException($"\"vars\" must hold variable names, found {Describe(v)}");
            }

            // Why: Quint lists its mbt:: variables twice; one value per name is what a state holds.
            if (seen.Add(v.GetString()!))
            {
                variables.Add(v.GetString()!);
            }
        }

        return variables.ToImmutable();
    }

    private static TraceStep ReadState(JsonElement state, int index, ImmutableArray<string> variables, ValueReader reader)
    {
        if (state.ValueKind != JsonValueKind.Object)
        {
            throw new ItfFormatException($"states[{index}] must be an object, found {Describe(state)}");
        }

        string? action = null;
        if (state.TryGetProperty("#meta", out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty(ItfTraceWriter.ActionField, out var label) && label.ValueKind == JsonValueKind.String)
        {
            action = label.GetString();
        }

        var values = new Value[variables.Length];
        for (var v = 0; v < variables.Length; v++)
        {
            if (!state.TryGetProperty(variables[v], out var element))
            {
                throw new ItfFormatException($"states[{index}] has no value for the variable {variables[v]}");
            }

            values[v] = reader.Read(element, $"states[{index}].{variables[v]}");
        }

        return new TraceStep(values, action);
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
