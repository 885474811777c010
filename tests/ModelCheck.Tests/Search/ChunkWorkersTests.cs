using Microsoft.Extensions.ObjectPool;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Storage;
using ModelCheck.Tla.Modeling;
using Xunit;

namespace ModelCheck.Tests.Search;

/// <summary>The threads that share out a level's chunks.</summary>
public sealed class ChunkWorkersTests
{
    private const string Spec = """
        ---- MODULE Spec ----
        VARIABLE x
        Init == x = 0
        Next == x' = 1 - x
        ====
        """;

    [Fact]
    public async Task AFailingChunkEndsTheRunWhileAnotherWorkerWaitsForIt()
    {
        using var dir = new TempDirectory();
        var outcome = ModelBuilder.Build(dir.Write("Spec.tla", Spec), dir.Write("Spec.cfg", "INIT Init\nNEXT Next\n"), []);
        Assert.NotNull(outcome.Model);
        var codec = new StateCodec(1);
        var pool = new DefaultObjectPool<ExpansionScratch>(new ExpansionScratchPolicy(outcome.Model, codec, new StateStore(codec), false, false), 4);
        using var workers = new ChunkWorkers(2, pool);
        using var waiting = new ManualResetEventSlim();

        // Chunk 1 waits for chunk 0 as a worker ahead of the merge does; chunk 0 fails with a bug.
        var run = Task.Run(() => workers.Run(2, (chunk, _) =>
        {
            if (chunk == 0)
            {
                waiting.Wait();
                throw new InvalidOperationException("a bug in chunk 0");
            }

            waiting.Set();
            var spin = default(SpinWait);
            while (!workers.Failed)
            {
                spin.SpinOnce();
            }

            return true;
        }));

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1)));
        Assert.Same(run, finished);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run);
        Assert.Equal("a bug in chunk 0", error.Message);
    }
}
