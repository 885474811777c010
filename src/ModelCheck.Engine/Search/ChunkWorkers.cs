using System.Runtime.ExceptionServices;
using Microsoft.Extensions.ObjectPool;

namespace ModelCheck.Engine.Search;

/// <summary>
/// Threads that stay alive for a whole search and share out the chunks of each parallel phase; the
/// calling thread works too.
/// </summary>
/// <remarks>
/// Why not a task per thread per phase: a level-synchronous search runs two parallel phases per level
/// (expansion and invariants), and Grid has 117 levels of a few milliseconds each. Starting threads
/// for every phase, with the main thread idle while it waited, left the second core mostly unused:
/// with 2 workers the invariant phase took as long as with 1.
/// </remarks>
internal sealed class ChunkWorkers : IDisposable
{
    private readonly ObjectPool<ExpansionScratch> _scratch;
    private readonly Thread[] _helpers;
    private readonly SemaphoreSlim[] _start;
    private readonly CountdownEvent _done = new(0);
    private Func<int, ExpansionScratch, bool>? _work;
    private int _chunkCount;
    private int _nextChunk;
    private volatile bool _stopping;
    private ExceptionDispatchInfo? _failure;

    /// <summary>
    /// Stack reserved for each helper thread. Why set: evaluation nests as deep as the spec's
    /// recursion (up to the evaluator's limit on nested calls), and the runtime's default for a new
    /// thread is smaller than the main thread's on some systems (1.5 MB with musl or on macOS); with
    /// this much, the same call goes too deep on every thread, whichever worker evaluates it.
    /// </summary>
    private const int HelperStackBytes = 16 << 20;

    /// <summary>Starts <paramref name="workers"/> - 1 helper threads.</summary>
    public ChunkWorkers(int workers, ObjectPool<ExpansionScratch> scratch)
    {
        _scratch = scratch;
        _helpers = new Thread[Math.Max(0, workers - 1)];
        _start = new SemaphoreSlim[_helpers.Length];
        for (var i = 0; i < _helpers.Length; i++)
        {
            _start[i] = new SemaphoreSlim(0);
            var index = i;
            _helpers[i] = new Thread(() => Loop(index), HelperStackBytes) { IsBackground = true, Name = "ModelCheck worker" };
            _helpers[i].Start();
        }
    }

    /// <summary>True once a worker's work failed with an exception (a bug of ours) in the current run; the rest should stop waiting.</summary>
    public bool Failed => Volatile.Read(ref _failure) is not null;

    /// <summary>
    /// Runs <paramref name="work"/> on every chunk 0..<paramref name="chunkCount"/>-1, claimed by the
    /// threads in any order; returns when all are done. The work's result is ignored here.
    /// </summary>
    public void Run(int chunkCount, Func<int, ExpansionScratch, bool> work)
    {
        _work = work;
        _chunkCount = chunkCount;
        _nextChunk = -1;
        _failure = null;
        var helpers = Math.Min(_helpers.Length, chunkCount - 1);
        _done.Reset(helpers);
        for (var i = 0; i < helpers; i++)
        {
            _start[i].Release();
        }

        Drain();
        _done.Wait();
        _work = null;
        _failure?.Throw();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping = true;
        foreach (var start in _start)
        {
            start.Release();
        }

        foreach (var thread in _helpers)
        {
            thread.Join();
        }

        foreach (var start in _start)
        {
            start.Dispose();
        }

        _done.Dispose();
    }

    private void Drain()
    {
        var scratch = _scratch.Get();
        try
        {
            int c;
            while (!Failed && (c = Interlocked.Increment(ref _nextChunk)) < _chunkCount)
            {
                _work!(c, scratch);
            }
        }
        catch (Exception e)
        {
            // Why catch everything: an exception here is a bug of ours. It must reach the caller (and
            // its one-line report) once every thread has stopped, not end the process from a
            // background thread, nor leave a thread waiting for a chunk that will never come.
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
        }
        finally
        {
            _scratch.Return(scratch);
        }
    }

    private void Loop(int index)
    {
        while (true)
        {
            _start[index].Wait();
            if (_stopping)
            {
                return;
            }

            try
            {
                Drain();
            }
            finally
            {
                _done.Signal();
            }
        }
    }
}
