using System.Diagnostics;
using System.Globalization;
using System.Text;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Storage;

namespace ModelCheck.Cli.Bench;

/// <summary>
/// The lines <c>check --stats</c> prints, and the fingerprint collision estimate. <c>bench</c>
/// reads the peak-memory line back from its child runs, so its wording is kept here with the parser.
/// </summary>
internal static class StatsLines
{
    /// <summary>The start of the peak-memory line.</summary>
    public const string PeakPrefix = "Peak working set: ";

    /// <summary>The memory figures of a finished search, and the symmetry group's order when it is not 0 (SYMMETRY).</summary>
    public static string Render(SearchResult result, int symmetryOrder = 0)
    {
        var s = result.Stats;
        var builder = new StringBuilder();
        var storeBytes = s.BytesPerState * result.DistinctStates;
        var perTransition = result.GeneratedStates > 0 ? storeBytes / result.GeneratedStates : 0;
        Append(builder, $"Stored states: {s.BytesPerState:F2} bytes per distinct state (packed rows {s.RowBytesPerState:F2}, seen-set table {s.TableBytesPerState:F2}{(s.DirectTable ? " indexed by the packed state" : "")}), {(s.Fingerprints ? "64-bit fingerprints" : "exact")}; a state packs into {s.PackedBits} bits.\n");
        Append(builder, $"Per transition: {perTransition:F2} bytes of stored states per generated state; a generated successor takes {s.KeyBytes} bytes of key until its chunk is merged.\n");
        Append(builder, $"Trace links: {s.TraceLinkBytesPerState} bytes per distinct state (not included above).\n");
        Append(builder, $"Interned values: {s.InternedValues}; slots: {s.Shape}.\n");
        if (symmetryOrder > 0)
        {
            Append(builder, $"Symmetry: one state stored per orbit of a group of {symmetryOrder} permutations.\n");
        }

        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64;
        Append(builder, $"{PeakPrefix}{peak} bytes ({peak / 1048576.0:F1} MB).\n");

        if (result.Phases is { } t)
        {
            if (t.OnePass)
            {
                Append(builder, $"Search time: {t.ExpandSeconds:F2} s expanding, inserting into the seen set and checking invariants in one pass (1 worker); {t.Levels} levels.\n");
            }
            else
            {
                Append(builder, $"Search time: {t.ExpandSeconds:F2} s expanding, merging into the seen set and checking invariants (workers; of their time, merging took {t.MergeSeconds:F2} s, one thread at a time, and invariants {t.InvariantSeconds:F2} s); {t.Levels} levels.\n");
            }
        }

        // Why: with several workers a workstation GC pauses them all, so its share bounds the speedup.
        Append(builder, $"Garbage collection: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections; paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s; {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB allocated.\n");
        return builder.ToString();
    }

    /// <summary>TLC's estimate of the probability that a fingerprint collision hid states.</summary>
    public static string CollisionEstimate(SearchResult result)
    {
        var p = StateStore.CollisionProbability(result.DistinctStates, result.GeneratedStates);
        return "  Estimates of the probability that ModelCheck did not check all reachable states\n" +
               "  because two distinct states had the same fingerprint:\n" +
               "  calculated (optimistic):  val = " + p.ToString("0.0E0", CultureInfo.InvariantCulture) + "\n";
    }

    /// <summary>Reads the peak working set back from <c>--stats</c> output; null when absent.</summary>
    public static long? ParsePeak(string stdout)
    {
        var start = stdout.IndexOf(PeakPrefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += PeakPrefix.Length;
        var end = stdout.IndexOf(' ', start);
        return end > start && long.TryParse(stdout.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) ? bytes : null;
    }

    private static void Append(StringBuilder builder, FormattableString text) => builder.Append(text.ToString(CultureInfo.InvariantCulture));
}
