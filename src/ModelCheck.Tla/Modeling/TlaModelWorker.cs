using System.Text;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Actions;

namespace ModelCheck.Tla.Modeling;

/// <summary>Evaluates a <see cref="TlaModel"/> on one thread, with its own context and buffers.</summary>
internal sealed class TlaModelWorker : IModelWorker
{
    private const int ActorNameCacheSize = 4096;
    private readonly TlaModel _model;
    private readonly EvalContext _ctx;
    private readonly string[] _variables;
    private readonly Value?[] _next;
    private readonly Dictionary<Value, string> _actorNames = [];
    private EmitContinuation? _emit;
    private ISuccessorSink? _emitSink;
    private ActionNode? _emitAction;

    // The state whose successors are being enumerated, for action constraints; null otherwise.
    private Value[]? _expanding;

    /// <summary>Creates a worker for <paramref name="model"/>.</summary>
    public TlaModelWorker(TlaModel model)
    {
        _model = model;
        _variables = [.. model.VariableNames];
        _ctx = new EvalContext(_variables.Length);
        _next = _ctx.Next;
    }

    /// <inheritdoc />
    public void EnumerateInitial(ISuccessorSink sink)
    {
        if (_model.Init is null)
        {
            return;
        }

        Reset();
        _ctx.State = _next;
        Run(_model.Init, sink, deferring: false, expanding: null);
    }

    /// <inheritdoc />
    public void EnumerateNext(Value[] state, ISuccessorSink sink)
    {
        if (_model.Next is null)
        {
            return;
        }

        Reset();
        _ctx.State = state;
        Run(_model.Next, sink, deferring: true, expanding: state);
    }

    /// <inheritdoc />
    public int FirstViolatedInvariant(Value[] state)
    {
        var invariants = _model.Invariants;
        if (invariants.Length == 0)
        {
            return -1;
        }

        var saved = (_ctx.State, _ctx.Frame);
        var depth = _ctx.SuspendCallDepth();
        _ctx.State = state;
        _ctx.Frame = EvalContext.RootFrame;
        EvalContext.Current = _ctx;
        try
        {
            for (var i = 0; i < invariants.Length; i++)
            {
                if (!invariants[i].EvalBool(_ctx))
                {
                    return i;
                }
            }

            return -1;
        }
        catch (ValueException e)
        {
            throw new DiagnosticException(new Diagnostic(EvalErrors.RuntimeError, SourceSpan.None, e.Message));
        }
        finally
        {
            (_ctx.State, _ctx.Frame) = saved;
            _ctx.ResumeCallDepth(depth);
        }
    }

    /// <inheritdoc />
    public bool SatisfiesConstraints(Value[] state) =>
        SatisfiesStateConstraints(state)

        // Why after the state constraints: TLC asks isInModel(successor) && isInActions(state, successor).
        && (_expanding is null || _model.ActionConstraints.Length == 0 || SatisfiesActionConstraints(_expanding, state));

    private bool SatisfiesStateConstraints(Value[] state)
    {
        var constraints = _model.Constraints;
        if (constraints.Length == 0)
        {
            return true;
        }

        var saved = (_ctx.State, _ctx.Frame);
        var depth = _ctx.SuspendCallDepth();
        _ctx.State = state;
        _ctx.Frame = EvalContext.RootFrame;

        // Why: as for invariants, a lazily evaluated value must run on this thread's context.
        EvalContext.Current = _ctx;
        try
        {
            foreach (var c in constraints)
            {
                if (!c.EvalBool(_ctx))
                {
                    return false;
                }
            }

            return true;
        }
        catch (ValueException e)
        {
            throw new DiagnosticException(new Diagnostic(EvalErrors.RuntimeError, SourceSpan.None, e.Message));
        }
        finally
        {
            (_ctx.State, _ctx.Frame) = saved;
            _ctx.ResumeCallDepth(depth);
        }
    }

    /// <inheritdoc />
    public int FirstViolatedActionProperty(Value[] from, Value[] to)
    {
        var properties = _model.ActionProperties;
        for (var i = 0; i < properties.Length; i++)
        {
            if (!EvalStep(properties[i], from, to))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public ulong StateAtoms(Value[] state)
    {
        var atoms = _model.StateAtoms;
        ulong bits = 0;
        for (var i = 0; i < atoms.Length; i++)
        {
            // Atoms derived from the graph have no node.
            if (atoms[i] is { } atom && EvalStep(atom, state, _next))
            {
                bits |= 1UL << i;
            }
        }

        return bits;
    }

    /// <inheritdoc />
    public uint EdgeAtoms(Value[] from, Value[] to)
    {
        var atoms = _model.EdgeAtoms;
        uint bits = 0;
        for (var i = 0; i < atoms.Length; i++)
        {
            if (EvalStep(atoms[i], from, to))
            {
                bits |= 1u << i;
            }
        }

        return bits;
    }

    /// <inheritdoc />
    public string DescribeCurrentAction()
    {
        if (_ctx.ActionName is null)
        {
            return _model.NextName;
        }

        if (_ctx.ActionArity == 0 || _ctx.ActionFrame is null)
        {
            return _ctx.ActionName;
        }

        var builder = new StringBuilder(_ctx.ActionName).Append('(');
        for (var i = 0; i < _ctx.ActionArity; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            var arg = _ctx.ActionFrame.Slots[i].Value;
            if (arg is null)
            {
                builder.Append('?');
            }
            else
            {
                arg.Format(builder);
            }
        }

        return builder.Append(')').ToString();
    }

    /// <inheritdoc />
    public string DescribeCurrentActor()
    {
        if (_ctx.ActionName is null)
        {
            return _model.NextName;
        }

        if (_ctx.ActionArity == 0 || _ctx.ActionFrame?.Slots[0].Value is not { } first)
        {
            return _ctx.ActionName;
        }

        if (_actorNames.TryGetValue(first, out var name))
        {
            return name;
        }

        var builder = new StringBuilder();
        first.Format(builder);
        name = builder.ToString();

        // Why a cache: this runs once per successor while shortest traces are compared, and processes are few.
        if (_actorNames.Count < ActorNameCacheSize)
        {
            _actorNames[first] = name;
        }

        return name;
    }

    /// <inheritdoc />
    public string? ExplainInvariant(int invariant, Value[] state) => _model.Explainer?.ExplainInvariant(invariant, state);

    /// <inheritdoc />
    public string? ExplainActionProperty(int property, Value[] from, Value[] to) => _model.Explainer?.ExplainActionProperty(property, from, to);

    private bool SatisfiesActionConstraints(Value[] from, Value[] to)
    {
        var constraints = _model.ActionConstraints;
        var depth = _ctx.SuspendCallDepth();
        try
        {
            foreach (var c in constraints)
            {
                if (!EvalStep(c, from, to))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            _ctx.ResumeCallDepth(depth);
        }
    }

    /// <summary>Evaluates a predicate of a step (or, with an empty next state, of a state).</summary>
    private bool EvalStep(Node predicate, Value[] from, Value?[] to)
    {
        var saved = (_ctx.State, _ctx.Next, _ctx.Frame);
        _ctx.State = from;
        _ctx.Next = to;
        _ctx.Frame = EvalContext.RootFrame;
        EvalContext.Current = _ctx;
        try
        {
            return predicate.EvalBool(_ctx);
        }
        catch (ValueException e)
        {
            throw new DiagnosticException(new Diagnostic(EvalErrors.RuntimeError, predicate.Span, e.Message));
        }
        finally
        {
            (_ctx.State, _ctx.Next, _ctx.Frame) = saved;
        }
    }

    private void Reset()
    {
        Array.Clear(_next);
        _ctx.Next = _next;
        _ctx.Frame = EvalContext.RootFrame;
        _ctx.ActionName = null;
        _ctx.ActionFrame = null;
        _ctx.ActionArity = 0;
        _ctx.ActionDepth = 0;
        EvalContext.Current = _ctx;
    }

    private void Run(ActionNode action, ISuccessorSink sink, bool deferring, Value[]? expanding)
    {
        var outer = _expanding;
        _expanding = expanding;
        try
        {
            if (_emit is null || !ReferenceEquals(_emitSink, sink) || !ReferenceEquals(_emitAction, action))
            {
                // Why cached: the search calls this once per state with the same sink.
                _emit = new EmitContinuation(sink, _variables, action.Span);
                _emitSink = sink;
                _emitAction = action;
            }

            // Why not with state or action constraints: the sink would need the successor's values to test them.
            _ctx.DeferringNext = deferring && _emit.ChangedSink is not null && _model.Constraints.Length == 0 && _model.ActionConstraints.Length == 0 ? _next : null;
            action.Enumerate(_ctx, _emit);
        }
        catch (ValueException e)
        {
            throw new DiagnosticException(new Diagnostic(EvalErrors.RuntimeError, action.Span, e.Message));
        }
        finally
        {
            _ctx.DeferringNext = null;
            Array.Clear(_next);
            _expanding = outer;
        }
    }
}
