using ModelCheck.Engine.Diagnostics;

namespace ModelCheck.Engine.Search.ShortestTraces;

/// <summary>Passes over a layer, in parallel chunks merged in order so that the result never depends on the worker count.</summary>
internal sealed partial class FewestSwitches
{
    private void RunChunks(Layer layer, SinkMode mode, int nextLayer)
    {
        var chunkCount = ChunkCount(layer);
        while (_chunks.Count < chunkCount)
        {
            _chunks.Add(new LayerChunk());
        }

        var threads = Math.Min(_sinks.Length, chunkCount);
        if (threads <= 1)
        {
            for (var c = 0; c < chunkCount; c++)
            {
                ProcessChunk(layer, c, mode, nextLayer, _sinks[0]);
            }

            return;
        }

        var nextChunk = -1;
        var tasks = new Task[threads];
        for (var t = 0; t < threads; t++)
        {
            var sink = _sinks[t];
            tasks[t] = Task.Factory.StartNew(
                () =>
                {
                    int c;
                    while ((c = Interlocked.Increment(ref nextChunk)) < chunkCount)
                    {
                        ProcessChunk(layer, c, mode, nextLayer, sink);
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        Task.WaitAll(tasks);
    }

    private void ProcessChunk(Layer layer, int chunkIndex, SinkMode mode, int nextLayer, LayerSink sink)
    {
        var chunk = _chunks[chunkIndex];
        chunk.Reset();
        sink.Begin(chunk, mode, nextLayer);
        var start = chunkIndex * BreadthFirstSearch.ChunkSize;
        var end = Math.Min(layer.States.Count, start + BreadthFirstSearch.ChunkSize);
        for (var i = start; i < end; i++)
        {
            var state = sink.Load(layer.States[i]);
            sink.Parent = i;
            sink.Successors = 0;
            try
            {
                if (mode == SinkMode.Invariant)
                {
                    chunk.Violates[i - start] = sink.Worker.FirstViolatedInvariant(state) == _violation.Property;
                }
                else
                {
                    sink.Worker.EnumerateNext(state, sink);
                }
            }
            catch (DiagnosticException)
            {
                // Why keep what came before the error: the search does too, so its own trace stays a
                // candidate; a state that fails is never a deadlock.
                chunk.Failed[i - start] = true;
            }

            chunk.Successors[i - start] = sink.Successors;
        }
    }
}
