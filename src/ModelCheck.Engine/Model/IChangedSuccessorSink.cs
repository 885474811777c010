using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Model;

/// <summary>
/// A sink that also takes successors whose function-valued variables are given as changes to the
/// state being expanded (<c>x' = [x EXCEPT ![i] = e]</c>), so that the successor can be packed from
/// the parent's key and its function built only when its values are needed.
/// </summary>
/// <remarks>
/// Why: on Grid, three successors in four are states already seen, and building each one's
/// function only to pack it and drop it was the largest cost left per successor.
/// </remarks>
internal interface IChangedSuccessorSink : ISuccessorSink
{
    /// <summary>
    /// Receives one successor: <paramref name="state"/> as for <see cref="ISuccessorSink.Add"/> but for
    /// the variables of <paramref name="changes"/> (in increasing order, at most
    /// <see cref="ImageChange.MaxPerVariable"/> each, on disjoint paths), which still hold the
    /// expanded state's functions. Both are the worker's buffers: read them during the call.
    /// A worker calls this only for a model without state constraints (CONSTRAINT): testing one
    /// needs the successor's values, and the sink does not build them for that.
    /// </summary>
    void AddChanged(Value[] state, ReadOnlySpan<ImageChange> changes);
}
