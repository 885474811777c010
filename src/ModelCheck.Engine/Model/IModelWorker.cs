using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Model;

/// <summary>
/// Evaluates the model on one thread. Methods throw <see cref="Diagnostics.DiagnosticException"/>
/// for run-time errors in the spec (CHOOSE from an empty set, a failed Assert, ...).
/// </summary>
internal interface IModelWorker
{
    /// <summary>Calls <paramref name="sink"/> once per initial state, in a deterministic order.</summary>
    void EnumerateInitial(ISuccessorSink sink);

    /// <summary>Calls <paramref name="sink"/> once per successor of <paramref name="state"/> (duplicates included, as TLC counts them).</summary>
    void EnumerateNext(Value[] state, ISuccessorSink sink);

    /// <summary>The index of the first invariant that <paramref name="state"/> violates, or -1.</summary>
    int FirstViolatedInvariant(Value[] state);

    /// <summary>
    /// True when <paramref name="state"/> satisfies every state constraint (CONSTRAINT) and, when it is
    /// the successor being handed to a sink by <see cref="EnumerateNext"/>, every action constraint
    /// (ACTION_CONSTRAINT) on the step to it. Why one call: TLC treats both alike, a successor that
    /// fails either is generated but neither stored nor expanded, and every sink already asks here.
    /// </summary>
    bool SatisfiesConstraints(Value[] state);

    /// <summary>The index of the first action property that the step violates, or -1.</summary>
    int FirstViolatedActionProperty(Value[] from, Value[] to);

    /// <summary>The state atoms of the liveness spec that hold in <paramref name="state"/>, as bits.</summary>
    ulong StateAtoms(Value[] state);

    /// <summary>The edge atoms of the liveness spec that hold on the step, as bits.</summary>
    uint EdgeAtoms(Value[] from, Value[] to);

    /// <summary>
    /// The action that produced the state most recently passed to the sink, as <c>Name(arg, ...)</c>.
    /// Only valid during the sink call. Why: labels are needed only to print a trace, so they are
    /// formatted on demand and never in the hot loop.
    /// </summary>
    string DescribeCurrentAction();

    /// <summary>
    /// The process taking the step most recently passed to the sink: the first argument of its
    /// action (<c>e1</c> for <c>Apply(e1)</c>), or the action's name when it has none. Only valid
    /// during the sink call. Why: choosing among shortest traces the one that switches process least.
    /// </summary>
    string DescribeCurrentActor();

    /// <summary>
    /// Why invariant <paramref name="invariant"/> is false in <paramref name="state"/>: the false
    /// conjunct and the values it compares, as lines starting with <c>Why:</c>; null when there is
    /// nothing to say. Called once, after the search.
    /// </summary>
    string? ExplainInvariant(int invariant, Value[] state);

    /// <summary>
    /// Why action property <paramref name="property"/> is false on the step from
    /// <paramref name="from"/> to <paramref name="to"/>, as <see cref="ExplainInvariant"/> does for states.
    /// </summary>
    string? ExplainActionProperty(int property, Value[] from, Value[] to);
}
