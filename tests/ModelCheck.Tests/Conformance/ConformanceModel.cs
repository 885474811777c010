using System.Text.Json;

namespace ModelCheck.Tests.Conformance;

/// <summary>One model of ../shared/conformance/manifest.json with TLC's results.</summary>
public sealed record ConformanceModel(
    string Id,
    string Tier,
    string Spec,
    string Config,
    string Result,
    long? DistinctStates,
    long? TotalStates,
    int? StateDepth,
    int? TraceLength)
{
    /// <summary>The models of the given tiers, or none when ../shared is absent.</summary>
    public static IEnumerable<object[]> Load(params string[] tiers)
    {
        if (RepoPaths.SharedRoot is not { } shared)
        {
            return [];
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "conformance", "manifest.json")));
        var result = new List<object[]>();
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var tier = e.GetProperty("tier").GetString()!;
            if (!tiers.Contains(tier))
            {
                continue;
            }

            result.Add([new ConformanceModel(
                e.GetProperty("id").GetString()!,
                tier,
                Path.Combine(shared, "conformance", e.GetProperty("spec").GetString()!),
                Path.Combine(shared, "conformance", e.GetProperty("config").GetString()!),
                e.GetProperty("result").GetString()!,
                Number(e, "distinctStates"),
                Number(e, "totalStates"),
                (int?)Number(e, "stateDepth"),
                (int?)Number(e, "traceLength"))]);
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => Id;

    private static long? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;
}
