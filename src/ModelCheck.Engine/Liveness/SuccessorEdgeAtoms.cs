using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Liveness;

/// <summary>
/// The edge atoms of all the steps a state has, together: what the search records as the state's
/// outgoing edges (successors outside the state constraints are not recorded, so not counted).
/// </summary>
internal sealed class SuccessorEdgeAtoms(IModelWorker worker) : ISuccessorSink
{
    private Value[] _from = [];
    private uint _atoms;

    /// <summary>The edge atoms of the steps from <paramref name="state"/>, OR-ed.</summary>
    public uint Of(Value[] state)
    {
        _from = state;
        _atoms = 0;
        worker.EnumerateNext(state, this);
        return _atoms;
    }

    /// <inheritdoc />
    public void Add(Value[] state)
    {
        if (worker.SatisfiesConstraints(state))
        {
            _atoms |= worker.EdgeAtoms(_from, state);
        }
    }
}
