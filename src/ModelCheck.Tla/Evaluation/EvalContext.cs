using System.Diagnostics;
using System.Runtime.CompilerServices;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation;

/// <summary>
/// Everything an evaluation reads besides the compiled nodes: the current state, the next state
/// being built, the current frame, and the action being enumerated. One per worker thread.
/// </summary>
internal sealed class EvalContext
{
    /// <summary>
    /// The deepest nesting of operator calls and recursive function applications an evaluation may
    /// reach; deeper is reported as an error at the call that goes past it.
    /// </summary>
    /// <remarks>
    /// Why a fixed count: a recursive definition that never reaches its base case would otherwise
    /// overflow the thread's stack, which ends the process with the runtime's stack trace and nothing
    /// reported. The stack alone would not do either: threads have stacks of different sizes, so the
    /// call reported would depend on the thread, and with it on the worker count. A level takes
    /// about 0.2 to 1 KB of stack, and the main thread has 8 MB and helper workers 16 MB, so the count
    /// is reached first on every worker thread. Action calls are not counted (see CallAction).
    /// </remarks>
    public const int MaxCallDepth = 5000;

    /// <summary>Depth from which each call also asks the runtime whether the stack has room left.</summary>
    private const int CheckedCallDepth = 256;

    /// <summary>Largest frame kept for reuse.</summary>
    private const int MaxSpareFrameSize = 16;

    /// <summary>Most spare frames (or EXCEPT key arrays) kept of one size: the deepest nesting of same-size uses reused.</summary>
    private const int MaxSparesPerSize = 8;

    /// <summary>Longest EXCEPT path whose key array is reused.</summary>
    private const int MaxSpareKeys = 8;

    /// <summary>Most spare continuations kept of one kind: the deepest nesting of branching conjuncts reused.</summary>
    private const int MaxSpareContinuations = 64;

    private static readonly Frame s_root = new(0, null);

    [ThreadStatic]
    private static EvalContext? s_current;

    // Spare frames by size, of operators whose frames stay local (see RentFrame).
    private readonly SpareStack<Frame>[] _spareFrames = NewSpares<Frame>(MaxSpareFrameSize + 1);

    // Spare short arrays by length, for EXCEPT paths and enumerations tested for membership (see RentKeys).
    private readonly SpareStack<Value[]>[] _spareKeys = NewSpares<Value[]>(MaxSpareKeys + 1);

    private RecordValue?[] _probes = [];
    private Actions.DeferredExcept?[] _deferred = [];
    private int[] _assigned = new int[8];
    private int _assignedCount;
    private int _callDepth;

    /// <summary>Creates a context for states of <paramref name="variableCount"/> variables.</summary>
    public EvalContext(int variableCount)
    {
        Next = new Value?[variableCount];
        State = Next;
        Frame = s_root;
    }

    /// <summary>The state that unprimed variables read. In an initial predicate this is <see cref="Next"/>.</summary>
    public Value?[] State { get; set; }

    /// <summary>The state that primed variables read and that actions assign; null for unassigned.</summary>
    public Value?[] Next { get; set; }

    /// <summary>
    /// The next-state array in which <see cref="Actions.ExceptChange"/> may leave x' unbuilt
    /// (a <see cref="Actions.DeferredExcept"/>); null when the sink wants every value built.
    /// </summary>
    public Value?[]? DeferringNext { get; set; }

    /// <summary>The current frame.</summary>
    public Frame Frame { get; set; }

    /// <summary>Conjunct continuations not in use (see <see cref="Actions.ConjunctContinuation"/>).</summary>
    public SpareStack<Actions.ConjunctContinuation> SpareConjuncts { get; } = new(MaxSpareContinuations);

    /// <summary>Steps of <c>\A</c> actions not in use (see <see cref="Actions.ForAllAction.Step"/>).</summary>
    public SpareStack<Actions.ForAllAction.Step> SpareForAllSteps { get; } = new(MaxSpareContinuations);

    /// <summary>The operator whose call labels the action being enumerated (e.g. <c>Apply</c>).</summary>
    public string? ActionName { get; set; }

    /// <summary>The frame holding the labelling call's arguments.</summary>
    public Frame? ActionFrame { get; set; }

    /// <summary>How many arguments of <see cref="ActionFrame"/> are parameters.</summary>
    public int ActionArity { get; set; }

    /// <summary>Nesting of action-level operator calls; only the outermost labels the step.</summary>
    public int ActionDepth { get; set; }

    /// <summary>
    /// The context of the worker running on this thread. Why: a lazily evaluated function value can
    /// be cached and applied later from another worker, so it must evaluate on the caller's context.
    /// </summary>
    public static EvalContext? Current
    {
        get => s_current;
        set => s_current = value;
    }

    /// <summary>
    /// A cleared frame of <paramref name="size"/> slots linked to <paramref name="parent"/>, reused from an
    /// earlier call when one is spare. Only for operators whose <see cref="CompiledOperator.FramesStayLocal"/>;
    /// give it back with <see cref="ReturnFrame"/> once the call is over.
    /// </summary>
    /// <remarks>
    /// Why: every call of an operator with parameters or bound names allocated a frame, 15% of
    /// PaxosCommit's allocations. A frame taken here is not spare until returned, so a nested or
    /// recursive call of the same size gets a frame of its own. Why several spares per size: calls
    /// nest (an action calls a helper with as many parameters), and with one spare per size every
    /// inner call allocated again; frames were a quarter of the DnsRace bench's allocations.
    /// </remarks>
    public Frame RentFrame(int size, Frame parent)
    {
        if (size <= MaxSpareFrameSize && _spareFrames[size].Take() is { } spare)
        {
            spare.Parent = parent;
            return spare;
        }

        return new Frame(size, parent);
    }

    /// <summary>Makes <paramref name="frame"/>, from <see cref="RentFrame"/>, spare again.</summary>
    public void ReturnFrame(Frame frame)
    {
        var size = frame.Slots.Length;
        if (size <= MaxSpareFrameSize)
        {
            // Why clear: bound names and parameters are set again, but a stale value must not be read.
            Array.Clear(frame.Slots);
            _spareFrames[size].Give(frame);
        }
    }

    /// <summary>
    /// An array of <paramref name="length"/> for the keys of one EXCEPT path (or the fields and new
    /// values of a run, or the values of an enumeration tested for membership), reused when one is
    /// spare; give it back with <see cref="ReturnKeys"/> once it is no longer read.
    /// </summary>
    /// <remarks>
    /// Why: <c>[aState EXCEPT ![i][a].bal = b, ![i][a].val = v]</c> allocated an array per path for
    /// every successor. An array taken here is not spare until returned, so an EXCEPT (or a
    /// membership test) nested in the new value gets its own.
    /// </remarks>
    public Value[] RentKeys(int length) =>
        length <= MaxSpareKeys && _spareKeys[length].Take() is { } spare ? spare : new Value[length];

    /// <summary>Makes <paramref name="keys"/>, from <see cref="RentKeys"/>, spare again.</summary>
    public void ReturnKeys(Value[] keys)
    {
        if (keys.Length <= MaxSpareKeys)
        {
            // Why clear: a spare array must not keep the keys (young values) alive.
            Array.Clear(keys);
            _spareKeys[keys.Length].Give(keys);
        }
    }

    private static SpareStack<T>[] NewSpares<T>(int sizes)
        where T : class
    {
        var spares = new SpareStack<T>[sizes];
        for (var i = 0; i < spares.Length; i++)
        {
            spares[i] = new SpareStack<T>(MaxSparesPerSize);
        }

        return spares;
    }

    /// <summary>Evaluates <paramref name="body"/> with <paramref name="frame"/> as the current frame, then restores the caller's.</summary>
    public Value EvalIn(Frame frame, Node body)
    {
        var saved = Frame;
        Frame = frame;
        try
        {
            return body.Eval(this);
        }
        finally
        {
            Frame = saved;
        }
    }

    /// <summary>
    /// Enters an operator call or a recursive function application made at <paramref name="span"/>;
    /// <see cref="LeaveCall"/> must follow, also when the evaluation fails.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterCall(SourceSpan span)
    {
        if (++_callDepth > CheckedCallDepth)
        {
            EnterDeepCall(span);
        }
    }

    /// <summary>Leaves the call entered last with <see cref="EnterCall"/>.</summary>
    public void LeaveCall() => _callDepth--;

    /// <summary>
    /// Evaluates <paramref name="body"/> in <paramref name="frame"/> as a call made at
    /// <paramref name="span"/>, counted in the nesting (see <see cref="MaxCallDepth"/>).
    /// </summary>
    public Value EvalCall(SourceSpan span, Frame frame, Node body)
    {
        EnterCall(span);
        try
        {
            return EvalIn(frame, body);
        }
        finally
        {
            LeaveCall();
        }
    }

    /// <summary>
    /// Starts an evaluation nested in another (a state predicate tested while an action is being
    /// enumerated) at depth 0; returns the depth to give back to <see cref="ResumeCallDepth"/>.
    /// </summary>
    /// <remarks>
    /// Why: with one worker the invariants of new states run inside the enumeration of a later
    /// state, with several in a pass of their own; from the same depth, the same call goes too deep.
    /// </remarks>
    public int SuspendCallDepth()
    {
        var depth = _callDepth;
        _callDepth = 0;
        return depth;
    }

    /// <summary>Restores the depth that <see cref="SuspendCallDepth"/> returned.</summary>
    public void ResumeCallDepth(int depth) => _callDepth = depth;

    /// <summary>
    /// Reports an error at <paramref name="span"/> when the thread's stack is nearly used up: for
    /// nesting that <see cref="EnterCall"/> does not count (an action calling itself).
    /// </summary>
    public static void EnsureStack(SourceSpan span)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ThrowStackExhausted(span);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EnterDeepCall(SourceSpan span)
    {
        if (_callDepth > MaxCallDepth)
        {
            _callDepth--;
            EvalErrors.Throw(span, $"the evaluation nested more than {MaxCallDepth} operator calls or recursive function applications: a recursive definition that never reaches its base case?");
        }

        // Why the runtime's check too: a thread with a small stack (a trace search's, or the main
        // thread under a low ulimit) may run out before the count does; an error then beats a crash.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _callDepth--;
            ThrowStackExhausted(span);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowStackExhausted(SourceSpan span) =>
        EvalErrors.Throw(span, "the evaluation nested too deeply for the thread's stack: a recursive definition that never reaches its base case?");

    /// <summary>Gives the primed <paramref name="variable"/> the value <paramref name="value"/> in <see cref="Next"/>.</summary>
    /// <remarks>
    /// Why through a span: arrays of a class are covariant, so a store into the <c>Value?[]</c> checks
    /// the value's type against the array's, in a helper call, on every assignment (3.5% of the DNS
    /// bench's time); making the span checks the array's type once, and stores through it check nothing.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetNext(int variable, Value value) => Next.AsSpan()[variable] = value;

    /// <summary>
    /// The stand-in for x' (<paramref name="variable"/>) unbuilt, started on <paramref name="function"/>
    /// (see <see cref="Actions.DeferredExcept"/>): add its changes, then give it to x' with
    /// <see cref="SetNext"/>. Only while <see cref="Next"/> is <see cref="DeferringNext"/> and x' has no value.
    /// </summary>
    public Actions.DeferredExcept Defer(int variable, FunctionValue function)
    {
        Debug.Assert(ReferenceEquals(Next, DeferringNext) && Next[variable] is null, "deferred only into the worker's own next state, for an unassigned variable");
        if (_deferred.Length <= variable)
        {
            Array.Resize(ref _deferred, Next.Length);
        }

        return (_deferred[variable] ??= new Actions.DeferredExcept()).Start(function);
    }

    /// <summary>x' (<paramref name="variable"/>) in <see cref="Next"/>, built if it was deferred; null when unassigned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Value? ReadNext(int variable)
    {
        var value = Next[variable];
        return value is Actions.DeferredExcept deferred ? BuildNext(variable, deferred) : value;
    }

    /// <summary>Builds every deferred value of <see cref="Next"/>: before code that reads it as a state (e').</summary>
    public void BuildDeferred()
    {
        var next = Next;
        if (!ReferenceEquals(next, DeferringNext))
        {
            return;
        }

        for (var i = 0; i < next.Length; i++)
        {
            if (next[i] is Actions.DeferredExcept deferred)
            {
                next[i] = deferred.Build();
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private FunctionValue BuildNext(int variable, Actions.DeferredExcept deferred)
    {
        var built = deferred.Build();
        SetNext(variable, built);
        return built;
    }

    /// <summary>
    /// The record probe of membership test <paramref name="slot"/> (see <see cref="Nodes.MembershipNode"/>),
    /// taken until <see cref="ReturnProbe"/>; a new one when it is taken already (a recursive test).
    /// </summary>
    public RecordValue TakeProbe(int slot, StringValue[] names)
    {
        if (slot >= _probes.Length)
        {
            Array.Resize(ref _probes, Math.Max(slot + 1, _probes.Length * 2));
        }

        // Why check the names: slots are numbered per compiled model, and a context could meet the
        // nodes of another; a probe of other names must not be filled with these fields.
        var probe = _probes[slot] is { } spare && spare.HasNames(names) ? spare : RecordValue.NewProbe(names);
        _probes[slot] = null;
        return probe;
    }

    /// <summary>Gives back a probe from <see cref="TakeProbe"/>.</summary>
    public void ReturnProbe(int slot, RecordValue probe) => _probes[slot] = probe;

    /// <summary>How many assignments <see cref="UndoTo"/> would keep: a mark to undo back to.</summary>
    public int AssignedMark => _assignedCount;

    /// <summary>Records that a single-choice action assigned <paramref name="variable"/> in <see cref="Next"/>.</summary>
    public void Assigned(int variable)
    {
        if (_assignedCount == _assigned.Length)
        {
            Array.Resize(ref _assigned, _assigned.Length * 2);
        }

        _assigned[_assignedCount++] = variable;
    }

    /// <summary>Unassigns, in <see cref="Next"/>, the variables recorded since <paramref name="mark"/>.</summary>
    public void UndoTo(int mark)
    {
        while (_assignedCount > mark)
        {
            Next[_assigned[--_assignedCount]] = null;
        }
    }

    /// <summary>The root frame, for module-level evaluation.</summary>
    public static Frame RootFrame => s_root;
}
