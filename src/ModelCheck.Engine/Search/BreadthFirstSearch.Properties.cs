using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Liveness;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>Action properties and the liveness check after the search.</summary>
internal sealed partial class BreadthFirstSearch
{
    /// <summary>
    /// Reports a violation found on a step that the search did not store: an action property
    /// violated by a step, or an invariant violated by a successor that the constraints exclude. The
    /// trace is the path to the step's state, then the step.
    /// </summary>
    private SearchResult FinishStepEvent(ChunkOutput output, long leftOnQueue)
    {
        var error = output.EventStepError;
        var isInvariant = output.EventExcludedInvariant >= 0;
        var verdict = error is null ? Verdict.SafetyFailure : ErrorVerdict(error);
        var name = error is not null ? null : isInvariant ? _model.InvariantNames[output.EventExcludedInvariant] : _model.ActionPropertyNames[output.EventActionProperty];
        var result = Finish(verdict, leftOnQueue, name, null, output.EventState, review: false);
        var trace = result.Trace!;
        var last = trace.Steps[^1].State;
        var successor = output.EventStepState ?? _codec.Unpack(output.EventSuccessor);
        var finder = _model.Symmetry is { } symmetry ? new Symmetry.BehaviourFinder(_model.CreateWorker(), symmetry) : null;
        var step = finder?.Step(last, successor, isInvariant || error is not null ? -1 : output.EventActionProperty);
        var steps = trace.Steps.Add(step ?? new TraceStep(successor, FindAction(last, successor)));
        if (error is not null)
        {
            // The error of the successor shown (a real one under symmetry, not its least image).
            return result with { Trace = trace with { Steps = steps }, Error = (step is null ? null : finder?.Reproduce(step.State)) ?? error };
        }

        var violation = isInvariant
            ? new ShortestTraces.TraceViolation(ShortestTraces.ViolationKind.Invariant, output.EventExcludedInvariant)
            : new ShortestTraces.TraceViolation(ShortestTraces.ViolationKind.ActionProperty, output.EventActionProperty);
        var shown = result with { Trace = trace with { Steps = steps }, PropertyKind = isInvariant ? result.PropertyKind : "action property" };

        // Why no search for a trace with fewer switches when the last state is excluded: that search
        // follows the stored states, and an excluded one is not among them.
        return ShortestTraces.TraceReview.Apply(shown, violation, _model, _codec, _store, _options.Workers, reexplore: output.EventStepState is null);
    }

    /// <summary>
    /// Reports an initial state that is not stored, with a trace of that one state: one that the
    /// constraints exclude and that violates <paramref name="invariant"/>, or one whose constraints
    /// or invariants raised <paramref name="error"/>.
    /// </summary>
    private SearchResult FinishExcludedInitial(Value[] state, int invariant, Diagnostic? error, long leftOnQueue)
    {
        var trace = new Counterexample(_model.VariableNames, [new TraceStep((Value[])state.Clone(), null)]);
        if (error is not null)
        {
            return Finish(ErrorVerdict(error), leftOnQueue, null, error, -1) with { Trace = trace };
        }

        var result = Finish(Verdict.SafetyFailure, leftOnQueue, _model.InvariantNames[invariant], null, -1);
        var violation = new ShortestTraces.TraceViolation(ShortestTraces.ViolationKind.Invariant, invariant);
        return ShortestTraces.TraceReview.Apply(result with { Trace = trace }, violation, _model, _codec, _store, _options.Workers, reexplore: false);
    }

    /// <summary>The verdict of a run stopped by <paramref name="error"/>: a failed Assert or another evaluation error.</summary>
    private static Verdict ErrorVerdict(Diagnostic error) => error.Code == AssertCode ? Verdict.AssertFailure : Verdict.EvaluationError;

    private SearchResult CheckLiveness()
    {
        var spec = _model.Liveness!;
        var outcome = new LivenessChecker(_graph!, spec, _initialCount).Check();
        if (outcome.InitialViolation is not null)
        {
            var initial = Finish(Verdict.LivenessFailure, 0, outcome.InitialViolation, null, outcome.InitialState);
            return initial with
            {
                PropertyKind = "temporal property",
                Temporal = Report(outcome, null),
            };
        }

        if (outcome.Violation is not { } violation)
        {
            return Finish(Verdict.Success, 0, null, null, -1) with { Temporal = Report(outcome, null) };
        }

        var result = Finish(Verdict.LivenessFailure, 0, violation.Obligation.Property, null, -1);
        return result with
        {
            Trace = BuildLassoTrace(violation),
            PropertyKind = "temporal property",
            Temporal = Report(outcome, violation),
        };
    }

    private TemporalReport Report(LivenessOutcome outcome, LivenessViolation? violation) => new(
        outcome.Warnings,
        violation?.Obligation.Part,
        violation?.FairBy ?? [],
        violation?.Stuttering ?? false,
        _graph!.EdgeCount,
        _graph.BytesPerEdge);

    private Counterexample BuildLassoTrace(LivenessViolation violation)
    {
        var steps = ImmutableArray.CreateBuilder<TraceStep>(violation.Path.Length);
        Value[]? previous = null;
        foreach (var index in violation.Path)
        {
            var state = _codec.Unpack(_store.Get(index));
            steps.Add(new TraceStep(state, previous is null ? null : FindAction(previous, state)));
            previous = state;
        }

        var closing = violation.Stuttering ? null : FindAction(steps[^1].State, steps[violation.LoopStart].State);
        return new Counterexample(_model.VariableNames, steps.MoveToImmutable(), violation.LoopStart, violation.Stuttering, closing);
    }

    private string FindAction(Value[] from, Value[] to)
    {
        var scratch = _scratch.Get();
        try
        {
            var finder = new ActionFinder(scratch.Worker, to);
            try
            {
                scratch.Worker.EnumerateNext(from, finder);
            }
            catch (DiagnosticException)
            {
                // The label is best effort: the step itself was found by the search.
            }

            return finder.Action ?? "Next";
        }
        finally
        {
            _scratch.Return(scratch);
        }
    }
}
