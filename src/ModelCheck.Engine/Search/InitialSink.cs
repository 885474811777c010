using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>Receives initial states: every one is generated; new ones join the first level.</summary>
internal sealed partial class BreadthFirstSearch
{
    private sealed class InitialSink(BreadthFirstSearch search, ExpansionScratch scratch, List<int> level) : Model.ISuccessorSink
    {
        private readonly uint[] _packed = new uint[search._codec.WordCount];

        public SearchResult? Result { get; private set; }

        public void Add(Value[] state)
        {
            search._generated++;
            if (Result is not null)
            {
                return;
            }

            // Why errors are caught here: an initial state's error is shown with that state, as TLC
            // shows it, not as an error of the initial predicate (which has no state to show).
            bool satisfies;
            try
            {
                satisfies = scratch.Worker.SatisfiesConstraints(state);
            }
            catch (DiagnosticException e)
            {
                search._depth = 1;
                Result = search.FinishExcludedInitial(state, -1, e.Diagnostic, level.Count);
                return;
            }

            if (!satisfies)
            {
                // As TLC does, an initial state the constraints exclude still has its invariants checked.
                try
                {
                    var excluded = scratch.Worker.FirstViolatedInvariant(state);
                    if (excluded >= 0)
                    {
                        search._depth = 1;
                        Result = search.FinishExcludedInitial(state, excluded, null, level.Count);
                    }
                }
                catch (DiagnosticException e)
                {
                    search._depth = 1;
                    Result = search.FinishExcludedInitial(state, -1, e.Diagnostic, level.Count);
                }

                return;
            }

            search._codec.Pack(state, _packed);
            var (index, added) = search._store.Add(_packed, -1);
            if (!added)
            {
                return;
            }

            int violation;
            try
            {
                violation = scratch.Worker.FirstViolatedInvariant(state);
            }
            catch (DiagnosticException e)
            {
                search._depth = 1;
                Result = search.Finish(ErrorVerdict(e.Diagnostic), level.Count, null, e.Diagnostic, index);
                return;
            }

            if (violation >= 0)
            {
                search._depth = 1;
                Result = search.Finish(Verdict.SafetyFailure, level.Count, search._model.InvariantNames[violation], null, index);
                return;
            }

            level.Add(index);
        }
    }
}
