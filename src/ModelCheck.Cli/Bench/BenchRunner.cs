using System.Globalization;
using System.Text;
using System.Text.Json;
using ModelCheck.Cli.Output;

namespace ModelCheck.Cli.Bench;

/// <summary>
/// Times whole runs, each in a child <c>modelcheck check</c> process, and prints states per second,
/// bytes per state, peak memory, the speedup from 1 to N workers, and Grid against SPIN.
/// </summary>
/// <remarks>
/// Why runs alternate (1 worker, SPIN, N workers, then again): the build machine is shared and its
/// load drifts; measurements taken side by side in one round see the same load, so their ratios
/// hold even when absolute times do not.
/// </remarks>
internal static class BenchRunner
{
    private static readonly int[] s_scalingSizes = [10, 20, 30, 40, 50];

    // Why these generations: MaxGen 19 is Bench.cfg itself (about 1.35 * 10^7 states); each step down
    // roughly halves the states, so the line is fitted over a tenfold range in a few minutes.
    private static readonly int[] s_dnsGenerations = [13, 15, 17, 19];

    /// <summary>Runs the benchmark; returns 0 when every run completed with the expected counts.</summary>
    public static int Run(BenchRequest request, TextWriter stdout, TextWriter stderr)
    {
        var notes = new List<string>();
        var root = BenchInputs.FindRepoRoot();
        List<BenchInput> inputs;
        if (request.Inputs.Count > 0)
        {
            // A named input that is one of the defaults (Grid, a perf model) keeps their reference counts.
            var known = root is null ? [] : BenchInputs.Defaults(root, []);
            inputs = [.. request.Inputs.Select(text => Known(Parse(text), known))];
        }
        else if (root is not null)
        {
            inputs = BenchInputs.Defaults(root, notes);
        }
        else
        {
            stderr.Write("modelcheck bench: no ModelCheck.sln above the working directory; name the inputs (SPEC.tla[:CONFIG.cfg])\n");
            return 2;
        }

        var timeout = TimeSpan.FromSeconds(request.TimeoutSeconds);
        var workers = request.Workers;
        var workerText = workers > 1 ? $"1 and {workers} workers" : "1 worker";
        Write(stdout, $"modelcheck bench: {request.Repeat} run(s) per figure (median), {workerText}, one child process per run (start-up included); {Environment.ProcessorCount} cores\n\n");
        Write(stdout, $"{"model",-22} {"workers",7} {"distinct",10} {"generated",11} {"wall s",8} {"states/s",10} {"B/state",8} {"link B",7} {"peak MB",8}  counts\n");

        SpinRunner? spin = null;
        var grid = inputs.Find(i => i.Name == "Grid");
        if (request.Spin && grid is not null)
        {
            spin = SpinRunner.TryBuild(Path.Combine(Path.GetDirectoryName(grid.Spec)!, "grid.pml"), timeout, out var reason);
            if (spin is null)
            {
                notes.Add("SPIN: " + reason);
            }
        }

        var ok = true;
        var records = new List<BenchRecord>();
        try
        {
            foreach (var input in inputs)
            {
                var one = new List<ChildRun>();
                var many = new List<ChildRun>();
                var spinRuns = new List<(double WallSeconds, long StatesStored, int ExitCode)>();
                var sides = new List<List<ChildRun>>();
                for (var r = 0; r < request.Repeat; r++)
                {
                    one.Add(ChildRunner.Check(input, 1, timeout));
                    if (spin is not null && ReferenceEquals(input, grid))
                    {
                        spinRuns.Add(spin.Run(timeout));
                    }

                    if (workers > 1)
                    {
                        many.Add(ChildRunner.Check(input, workers, timeout));
                        if (request.Ceiling)
                        {
                            sides.Add(ChildRunner.CheckSideBySide(input, workers, timeout));
                        }
                    }
                }

                ok &= Row(stdout, input, one, records);
                if (many.Count > 0)
                {
                    ok &= Row(stdout, input, many, records);
                    var t1 = Median(one, r => r.WallSeconds);
                    var tn = Median(many, r => r.WallSeconds);
                    var complete = one.TrueForAll(r => r.Completed) && many.TrueForAll(r => r.Completed);
                    if (complete)
                    {
                        Write(stdout, $"{string.Empty,-22} speedup 1 -> {workers} workers: {t1 / tn:F2}x{PerRound(RoundRatios(one.ConvertAll(r => r.WallSeconds), many.ConvertAll(r => r.WallSeconds)))}\n");
                    }

                    if (sides.Count > 0)
                    {
                        ok &= Ceiling(stdout, input, workers, one, many, complete, sides, records);
                    }
                }

                if (spinRuns.Count > 0)
                {
                    var spinWall = Median(spinRuns, s => s.WallSeconds);
                    var ours = Median(one, r => r.WallSeconds);
                    var stored = spinRuns[^1].StatesStored;
                    var perRound = PerRound(RoundRatios(one.ConvertAll(r => r.WallSeconds), spinRuns.ConvertAll(s => s.WallSeconds)));
                    Write(stdout, $"{string.Empty,-22} SPIN pan -m1000000: {spinWall:F2} s ({stored} states stored); ours with 1 worker / SPIN = {ours / spinWall:F2}x{perRound}\n");
                    records.Add(new BenchRecord("Grid (SPIN pan)", 1, spinWall, stored, 0, 0, 0, null, spinRuns[^1].ExitCode == 0 ? "ok" : "pan failed"));
                }
            }

            if (request.Scaling && grid is not null)
            {
                ok &= Scaling(stdout, "Grid", [.. s_scalingSizes.Select(k => BenchInputs.Grid(grid.Spec, k))], timeout, records);
            }

            if (request.Scaling && inputs.Find(BenchInputs.IsDnsBench) is { } dns)
            {
                ok &= Scaling(stdout, "DnsRace Bench.cfg, MaxGen scaled", [.. s_dnsGenerations.Select(g => BenchInputs.DnsGenerations(dns, g))], timeout, records);
            }
        }
        finally
        {
            spin?.Dispose();
        }

        if (notes.Count > 0)
        {
            stdout.Write('\n');
            foreach (var note in notes)
            {
                Write(stdout, $"note: {note}\n");
            }
        }

        if (request.Report is not null)
        {
            AtomicFile.WriteAllText(request.Report, Json(records));
        }

        return ok ? 0 : 1;
    }

    private static bool Row(TextWriter stdout, BenchInput input, List<ChildRun> runs, List<BenchRecord> records)
    {
        var last = runs[^1];
        var wall = Median(runs, r => r.WallSeconds);
        var peak = runs.TrueForAll(r => r.PeakBytes is not null) ? Median(runs, r => r.PeakBytes!.Value) / 1048576.0 : (double?)null;
        var (counts, ok) = Counts(input, runs);
        var peakText = peak is { } p ? p.ToString("F1", CultureInfo.InvariantCulture) : "-";
        Write(stdout, $"{input.Name,-22} {last.Workers,7} {last.Distinct,10} {last.Generated,11} {wall,8:F2} {last.Distinct / wall,10:N0} {last.BytesPerState,8:F2} {last.TraceLinkBytesPerState,7:F1} {peakText,8}  {counts}\n");
        records.Add(new BenchRecord(input.Name, last.Workers, wall, last.Distinct, last.Generated, last.BytesPerState, last.TraceLinkBytesPerState, peak, counts));
        return ok;
    }

    /// <summary>Whether every run of <paramref name="input"/> completed with the reference counts, and the text saying so.</summary>
    internal static (string Counts, bool Ok) Counts(BenchInput input, List<ChildRun> runs)
    {
        var failed = runs.Find(r => !r.Completed || r.ExitCode == -1 || (r.Result != "success" && r.ExitCode != 0 && input.ExpectedDistinct is not null));
        if (failed is not null)
        {
            return (failed.ExitCode == -1 ? "TIMED OUT" : $"FAILED: {failed.Error ?? failed.Result}", false);
        }

        var wrong = runs.FindIndex(r => input.ExpectedDistinct is { } d && (r.Distinct != d || (input.ExpectedGenerated is { } g && r.Generated != g)));
        if (wrong >= 0)
        {
            return ($"MISMATCH: run {wrong + 1} found {runs[wrong].Distinct} distinct, {runs[wrong].Generated} generated; expected {input.ExpectedDistinct}, {input.ExpectedGenerated}", false);
        }

        return (input.ExpectedDistinct is null ? $"{runs[^1].Result} (no reference counts)" : "ok (TLC's counts)", true);
    }

    /// <summary>
    /// Prints how far the machine itself scales to <paramref name="workers"/>: N one-worker runs at
    /// once (<paramref name="sides"/>, one group per round) against one alone, and the N-worker run
    /// against them; <paramref name="complete"/> when every 1- and N-worker run completed.
    /// </summary>
    private static bool Ceiling(TextWriter stdout, BenchInput input, int workers, List<ChildRun> one, List<ChildRun> many, bool complete, List<List<ChildRun>> sides, List<BenchRecord> records)
    {
        var all = sides.SelectMany(g => g).ToList();
        var (counts, ok) = Counts(input, all);
        var slowest = sides.ConvertAll(g => g.Max(r => r.WallSeconds));
        var atOnce = Median(slowest, w => w);
        var record = new BenchRecord($"{input.Name} ({workers} one-worker runs at once)", 1, atOnce, all[^1].Distinct, all[^1].Generated, all[^1].BytesPerState, all[^1].TraceLinkBytesPerState, null, counts);
        if (!ok || !complete)
        {
            records.Add(record);
            var reason = ok ? $"a 1- or {workers}-worker run failed" : $"a run at once failed ({counts})";
            Write(stdout, $"{string.Empty,-22} machine ceiling: not measured, {reason}\n");
            return ok;
        }

        // The headline figures are ratios of medians, as the speedup's; the rounds' own follow.
        var alone = Median(one, r => r.WallSeconds);
        var ceiling = workers * alone / atOnce;
        var speedup = alone / Median(many, r => r.WallSeconds);
        var ceilingRounds = CeilingRatios(one.ConvertAll(r => r.WallSeconds), slowest, workers);
        var efficiencyRounds = RoundRatios(slowest, many.ConvertAll(r => r.WallSeconds * workers));
        Write(stdout, $"{string.Empty,-22} machine ceiling: {workers} one-worker runs at once, the slowest {atOnce:F2} s; {workers} x {alone:F2} s / that = {ceiling:F2}x{PerRound(ceilingRounds)}\n");
        Write(stdout, $"{string.Empty,-22} speedup / ceiling: {speedup / ceiling:F2}{PerRound(efficiencyRounds, string.Empty)}\n");
        records.Add(record with { Ceiling = ceiling, ShareOfCeiling = speedup / ceiling });
        return true;
    }

    /// <summary>
    /// Per round, the speedup the machine gives <paramref name="workers"/> independent runs: that
    /// many times one run alone (<paramref name="alone"/>) over the slowest of them run at once
    /// (<paramref name="slowestAtOnce"/>); and the median.
    /// </summary>
    /// <remarks>
    /// Why the slowest: the N runs together are done when the last one is, as a search of N workers
    /// is done when its level's last chunk is.
    /// </remarks>
    internal static (double[] Ratios, double Median) CeilingRatios(List<double> alone, List<double> slowestAtOnce, int workers) =>
        RoundRatios(alone.ConvertAll(w => w * workers), slowestAtOnce);

    private static bool Scaling(TextWriter stdout, string series, List<BenchInput> sizes, TimeSpan timeout, List<BenchRecord> records)
    {
        Write(stdout, $"\nPeak memory against states ({series}, 1 worker):\n");
        var points = new List<(double States, double PeakMb)>();
        var ok = true;
        foreach (var input in sizes)
        {
            var run = ChildRunner.Check(input, 1, timeout);
            ok &= Row(stdout, input, [run], records);
            if (run.PeakBytes is { } peak)
            {
                points.Add((run.Distinct, peak / 1048576.0));
            }
        }

        if (points.Count >= 2)
        {
            var (slope, intercept, r2) = Fit(points);
            Write(stdout, $"{string.Empty,-22} least-squares line: peak MB = {intercept:F1} + {slope * 1e6:F1} per million states (R^2 = {r2:F4})\n");
        }

        return ok;
    }

    private static (double Slope, double Intercept, double R2) Fit(List<(double X, double Y)> points)
    {
        double n = points.Count, sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
        foreach (var (x, y) in points)
        {
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
        }

        var slope = ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx));
        var intercept = (sy - (slope * sx)) / n;
        var r = ((n * sxy) - (sx * sy)) / Math.Sqrt(((n * sxx) - (sx * sx)) * ((n * syy) - (sy * sy)));
        return (slope, intercept, r * r);
    }

    private static BenchInput Known(BenchInput input, List<BenchInput> known) =>
        known.Find(k => k.Constants is null && SamePath(k.Spec, input.Spec) && SamePath(k.Config, input.Config)) ?? input;

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static BenchInput Parse(string text)
    {
        // SPEC.tla[:CONFIG.cfg]; a drive letter's colon is not a separator.
        var colon = text.IndexOf(".tla:", StringComparison.Ordinal);
        var spec = colon < 0 ? text : text[..(colon + 4)];
        var config = colon < 0 ? Path.ChangeExtension(text, ".cfg") : text[(colon + 5)..];
        return new BenchInput(Path.GetFileNameWithoutExtension(config), Path.GetFullPath(spec), Path.GetFullPath(config));
    }

    /// <summary>
    /// The ratio of each round's first time to its second (the runs of one round follow each other),
    /// in round order, and their median.
    /// </summary>
    /// <remarks>
    /// Why besides the ratio of the medians: the machine's speed drifts over a bench, and two runs of
    /// one round see nearly the same speed, so a round's ratio is the side-by-side figure; the median
    /// of those drops a round that a change of load split.
    /// </remarks>
    internal static (double[] Ratios, double Median) RoundRatios(List<double> first, List<double> second)
    {
        var rounds = Math.Min(first.Count, second.Count);
        var ratios = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            ratios[i] = first[i] / second[i];
        }

        return (ratios, rounds == 0 ? double.NaN : Median([.. ratios], r => r));
    }

    private static string PerRound((double[] Ratios, double Median) rounds, string unit = "x") =>
        rounds.Ratios.Length < 2
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" (per round: {string.Join(", ", rounds.Ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))}; median {rounds.Median:F2}{unit})");

    private static double Median<T>(List<T> items, Func<T, double> value)
    {
        var sorted = items.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The JSON report of <paramref name="records"/>: one object per printed figure.</summary>
    internal static string Json(List<BenchRecord> records)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
        {
            json.WriteStartArray();
            foreach (var r in records)
            {
                json.WriteStartObject();
                json.WriteString("model", r.Model);
                json.WriteNumber("workers", r.Workers);
                json.WriteNumber("wallSeconds", Math.Round(r.WallSeconds, 3));
                json.WriteNumber("distinctStates", r.Distinct);
                json.WriteNumber("totalStates", r.Generated);
                json.WriteNumber("bytesPerState", Math.Round(r.BytesPerState, 2));
                json.WriteNumber("traceLinkBytesPerState", Math.Round(r.TraceLinkBytesPerState, 2));
                if (r.PeakMb is { } peak)
                {
                    json.WriteNumber("peakMb", Math.Round(peak, 1));
                }

                json.WriteString("counts", r.Counts);
                if (r.Ceiling is { } ceiling)
                {
                    json.WriteNumber("ceiling", Math.Round(ceiling, 3));
                }

                if (r.ShareOfCeiling is { } share)
                {
                    json.WriteNumber("shareOfCeiling", Math.Round(share, 3));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Write(TextWriter writer, FormattableString text) => writer.Write(text.ToString(CultureInfo.InvariantCulture));
}
