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
        var worker = model.Symmetry is { } symmetry ? new Symmetry.SymmetricWorker(model.CreateWorker(), symmetry) : model.CreateWorker();
        var memo = new PackMemo();
        return new ExpansionScratch(
            worker,
            codec,
            memo,
            new ExpansionSink(worker, codec, memo, recordGraph, checkActions, !model.InvariantNames.IsEmpty),
            new InsertingSink(worker, codec, memo, store, checkActions, !model.InvariantNames.IsEmpty));
    }

    /// <inheritdoc />
    public bool Return(ExpansionScratch obj) => true;
}
