using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Search;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Symmetry;

/// <summary>
/// Turns a trace of stored states, each the least image of a successor of the one before, into a
/// behaviour of the spec: each step goes to a real successor of the previous state, one whose least
/// image is the stored state, as TLC prints its traces under <c>SYMMETRY</c>.
/// </summary>
internal sealed class BehaviourFinder(IModelWorker worker, SymmetryGroup group) : ISuccessorSink
{
    private Value[] _first = [];
    private Value[] _second = [];
    private int[] _order = [];
    private Value[] _target = [];
    private Value[] _from = [];
    private int _property = -1;
    private Value[]? _found;
    private string? _action;
    private bool _reproducing;

    /// <summary>
    /// <paramref name="trace"/> with every state after the first replaced by a successor of the state
    /// before it that has the same least image, and the steps labelled; the trace itself when some
    /// step cannot be matched (which happens only when the spec or the property is not symmetric).
    /// A step that must violate an action property is found with <see cref="Step"/>.
    /// </summary>
    public Counterexample Realize(Counterexample trace)
    {
        var steps = ImmutableArray.CreateBuilder<TraceStep>(trace.Steps.Length);
        var previous = trace.Steps[0].State;
        steps.Add(trace.Steps[0]);
        for (var i = 1; i < trace.Steps.Length; i++)
        {
            var step = Step(previous, trace.Steps[i].State, -1);
            if (step is null)
            {
                return trace;
            }

            steps.Add(step);
            previous = step.State;
        }

        return trace with { Steps = steps.MoveToImmutable() };
    }

    /// <summary>
    /// The error that <paramref name="state"/> raises when its invariants are checked and its
    /// successors enumerated, or null. Why: an error found on a stored least image names that
    /// image's values; the trace ends in a real state, whose own error is the one to report.
    /// </summary>
    public Diagnostic? Reproduce(Value[] state)
    {
        try
        {
            worker.FirstViolatedInvariant(state);
            _from = state;
            _target = [];
            _reproducing = true;
            worker.EnumerateNext(state, this);
            return null;
        }
        catch (DiagnosticException e)
        {
            return e.Diagnostic;
        }
        finally
        {
            _reproducing = false;
        }
    }

    /// <summary>
    /// The first successor of <paramref name="from"/> whose least image is that of
    /// <paramref name="target"/> (and that violates action property <paramref name="property"/>
    /// unless it is -1), with its action; null when there is none.
    /// </summary>
    public TraceStep? Step(Value[] from, Value[] target, int property)
    {
        if (_first.Length != target.Length)
        {
            _first = new Value[target.Length];
            _second = new Value[target.Length];
            _order = new int[target.Length];
        }

        _target = (Value[])group.Canonical(target, _first, _second, _order).Clone();
        _from = from;
        _property = property;
        _found = null;
        _action = null;
        try
        {
            worker.EnumerateNext(from, this);
        }
        catch (DiagnosticException)
        {
            // The step was found before the error, or the error is the one being reported.
        }

        return _found is null ? null : new TraceStep(_found, _action ?? "Next");
    }

    /// <inheritdoc />
    void ISuccessorSink.Add(Value[] state)
    {
        if (_reproducing)
        {
            // Everything the search evaluates on a successor, for the errors it may raise.
            if (worker.SatisfiesConstraints(state))
            {
                worker.FirstViolatedActionProperty(_from, state);
            }

            return;
        }

        if (_found is not null)
        {
            return;
        }

        var least = group.Canonical(state, _first, _second, _order);
        for (var i = 0; i < least.Length; i++)
        {
            if (!least[i].Equals(_target[i]))
            {
                return;
            }
        }

        if (_property >= 0 && worker.FirstViolatedActionProperty(_from, state) != _property)
        {
            return;
        }

        _found = (Value[])state.Clone();
        _action = worker.DescribeCurrentAction();
    }
}
