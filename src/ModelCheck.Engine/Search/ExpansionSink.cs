using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Storage;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>
/// Receives successors on a worker thread: counts them, applies state constraints and packs them
/// into the chunk's output, in order.
/// </summary>
/// <remarks>
/// Why no look-up here: the merge inserts a chunk while later chunks are still being expanded, so
/// the seen set is being written; and the merge has to look every successor up anyway.
/// </remarks>
internal sealed class ExpansionSink(IModelWorker worker, StateCodec codec, PackMemo memo, bool recordGraph, bool checkActions, bool checkInvariants) : ParentSink, IChangedSuccessorSink
{
    private ChunkOutput? _output;

    /// <summary>Starts a chunk.</summary>
    public void Begin(ChunkOutput output) => _output = output;

    /// <inheritdoc />
    public override void Add(Value[] state)
    {
        var output = _output!;
        Successors++;
        output.Generated++;
        bool satisfies;
        try
        {
            satisfies = worker.SatisfiesConstraints(state);
        }
        catch (DiagnosticException e)
        {
            // The successor's error, at the end of its trace, as TLC shows it.
            output.NoteStepError(e.Diagnostic, state, output.Count);
            return;
        }

        if (!satisfies)
        {
            if (checkInvariants || checkActions)
            {
                output.NoteExcluded(worker, ParentState, state, checkInvariants, checkActions, output.Count);
            }

            return;
        }

        var packed = output.Reserve(codec.WordCount);
        codec.Pack(state, packed, memo);
        if (checkActions)
        {
            output.NoteActionProperty(worker, ParentState, state, packed, output.Count);
        }

        output.Commit(Parent, recordGraph ? worker.EdgeAtoms(ParentState, state) : 0);
    }

    /// <inheritdoc />
    /// <remarks>Why no values at all: the merge unpacks a new state again to check its invariants.</remarks>
    public void AddChanged(Value[] state, ReadOnlySpan<ImageChange> changes)
    {
        var output = _output!;
        if (checkActions || recordGraph || !codec.PackChanged(state, changes, output.Reserve(codec.WordCount), memo))
        {
            ImageChange.Apply(state, changes);
            Add(state);
            return;
        }

        Successors++;
        output.Generated++;
        output.Commit(Parent);
    }
}
