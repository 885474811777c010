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

            if (!scratch.Worker.SatisfiesConstraints(state))
            {
                // As TLC does, an initial state the constraints exclude still has its invariants checked.
                var excluded = scratch.Worker.FirstViolatedInvariant(state);
                if (excluded >= 0)
                {
                    search._depth = 1;
                    Result = search.FinishExcludedInitial(state, excluded, level.Count);
                }

                return;
            }

            search._codec.Pack(state, _packed);
            var (index, added) = search._store.Add(_packed, -1);
            if (!added)
            {
                return;
            }

            var violation = scratch.Worker.FirstViolatedInvariant(state);
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
