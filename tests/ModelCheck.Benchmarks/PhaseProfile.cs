using System.Diagnostics;
using System.Globalization;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Benchmarks;

/// <summary>
/// Where a search's time goes, by differences: a sequential breadth-first search fills a store, then
/// every stored state is expanded again in passes that each add one phase (unpack, evaluate the
/// next-state action, pack, hash and look up, check invariants). Stopwatch only; one thread; each
/// pass runs twice and the faster run counts.
/// </summary>
internal static class PhaseProfile
{
    /// <summary>Runs the breakdown on <c>SPEC.tla [CONFIG.cfg]</c> and prints it.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length == 0)
        {
            output.Write("usage: phases SPEC.tla [CONFIG.cfg]\n");
            return 2;
        }

        var model = BenchInputs.Build(args[0], args.Length > 1 ? args[1] : null);
        var worker = model.CreateWorker();
        var codec = new StateCodec(model.VariableNames.Length);
        var store = new StateStore(codec);

        var clock = Stopwatch.StartNew();
        var generated = Search(worker, codec, store);
        var searchSeconds = clock.Elapsed.TotalSeconds;
        Write(output, $"{args[0]}: {store.Count} distinct, {generated} generated; sequential search {searchSeconds:F2} s ({store.Count / searchSeconds:N0} states/s)\n");

        // Why a second search: the first one pays for compiling the hot paths (tiered JIT); the
        // difference is what a cold process loses to warm-up.
        clock.Restart();
        var again = new StateStore(new StateCodec(model.VariableNames.Length));
        Search(worker, again.Codec, again);
        var warmSeconds = clock.Elapsed.TotalSeconds;
        Write(output, $"same search again, warm: {warmSeconds:F2} s ({again.Count / warmSeconds:N0} states/s)\n");
        foreach (var workers in (int[])[1, 2])
        {
            clock.Restart();
            var result = new BreadthFirstSearch(model, new SearchOptions(workers, CheckDeadlock: false)).Run();
            var bfsSeconds = clock.Elapsed.TotalSeconds;
            Write(output, $"BreadthFirstSearch, {workers} worker(s), warm: {bfsSeconds:F2} s ({result.DistinctStates / bfsSeconds:N0} states/s)\n");
        }
        Write(output, $"store: {store.BytesPerState:F2} bytes/state; slots {codec.DescribeShape(model.VariableNames)}\n");

        string[] phases = ["unpack", "+ evaluate Next", "+ pack", "+ hash, look up", "+ invariants (all)"];
        var previous = 0.0;
        for (var mode = 0; mode < phases.Length; mode++)
        {
            var best = double.MaxValue;
            long allocated = 0;
            for (var repeat = 0; repeat < 2; repeat++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var time = Stopwatch.StartNew();
                Pass(mode, worker, codec, store);
                best = Math.Min(best, time.Elapsed.TotalSeconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            var perSuccessor = (best - previous) * 1e9 / Math.Max(1, generated);
            Write(output, $"  {phases[mode],-20} {best,7:F3} s   phase {best - previous,7:F3} s = {perSuccessor,5:F0} ns per successor; {allocated / (double)Math.Max(1, generated),4:F0} bytes allocated per successor so far\n");
            previous = best;
        }

        return 0;
    }

    private static long Search(IModelWorker worker, StateCodec codec, StateStore store)
    {
        var sink = new SearchSink(worker, codec, store);
        worker.EnumerateInitial(sink);
        sink.Initial = false;
        var state = new Value[codec.VariableCount];
        for (var i = 0; i < store.Count; i++)
        {
            codec.UnpackInto(store.Get(i), state, sink.Memo);
            sink.Parent = i;
            worker.EnumerateNext(state, sink);
        }

        return sink.Generated;
    }

    private static void Pass(int mode, IModelWorker worker, StateCodec codec, StateStore store)
    {
        var sink = new PassSink(mode, worker, codec, store);
        var state = new Value[codec.VariableCount];
        for (var i = 0; i < store.Count; i++)
        {
            codec.UnpackInto(store.Get(i), state, sink.Memo);
            if (mode >= 1)
            {
                worker.EnumerateNext(state, sink);
            }
        }
    }

    private static void Write(TextWriter output, FormattableString text) => output.Write(text.ToString(CultureInfo.InvariantCulture));

    /// <summary>Packs, looks up and stores successors, as the search does with one worker.</summary>
    private sealed class SearchSink(IModelWorker worker, StateCodec codec, StateStore store) : ISuccessorSink
    {
        private uint[] _key = [];

        public PackMemo Memo { get; } = new();

        public bool Initial { get; set; } = true;

        public int Parent { get; set; } = -1;

        public long Generated { get; private set; }

        public void Add(Value[] state)
        {
            Generated++;
            if (!worker.SatisfiesConstraints(state))
            {
                return;
            }

            if (_key.Length != codec.WordCount)
            {
                _key = new uint[codec.WordCount];
            }

            codec.Pack(state, _key, Memo);
            var hash = StateStore.Hash(_key);

            // Why no look-up for initial states: as in the search, the first read of the store
            // settles the codec's shape, which must wait until every initial state is in.
            if (!Initial && store.Contains(_key, hash))
            {
                return;
            }

            worker.FirstViolatedInvariant(state);
            store.Add(_key, Parent);
        }
    }

    /// <summary>Does the phases up to <c>mode</c> with each successor and nothing more.</summary>
    private sealed class PassSink(int mode, IModelWorker worker, StateCodec codec, StateStore store) : ISuccessorSink
    {
        private readonly uint[] _key = new uint[codec.WordCount];

        public PackMemo Memo { get; } = new();

        public void Add(Value[] state)
        {
            if (mode >= 2)
            {
                codec.Pack(state, _key, Memo);
            }

            if (mode >= 3)
            {
                store.Contains(_key, StateStore.Hash(_key));
            }

            if (mode >= 4)
            {
                worker.FirstViolatedInvariant(state);
            }
        }
    }
}
