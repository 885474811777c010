using Microsoft.Extensions.ObjectPool;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;

namespace ModelCheck.Engine.Search;

/// <summary>Creates per-worker scratch for the object pool; scratch is reused as it is.</summary>
internal sealed class ExpansionScratchPolicy(IModel model, StateCodec codec, StateStore store, bool recordGraph, bool checkActions) : IPooledObjectPolicy<ExpansionScratch>
{
    /// <inheritdoc />
    public ExpansionScratch Create()
    {
        var worker = model.CreateWorker();
        return new ExpansionScratch(
            worker,
            codec,
            new ExpansionSink(worker, codec, store, recordGraph, checkActions),
            new InsertingSink(worker, codec, store, checkActions, !model.InvariantNames.IsEmpty));
    }

    /// <inheritdoc />
    public bool Return(ExpansionScratch obj) => true;
}
