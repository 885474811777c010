using ModelCheck.Engine.Model;
using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Symmetry;

/// <summary>
/// A worker that hands on each initial state and successor as the least state of its orbit under
/// the model's symmetry group, so that the search stores one state per orbit, as TLC does with
/// <c>SYMMETRY</c>. Everything else is the model's own worker.
/// </summary>
/// <remarks>
/// Why constraints, action properties and edge atoms see the real successor: a step from a state to its
/// successor is a step of the spec, but the step to the successor's least image may not be
/// (<c>[][decision = none]_decision</c> would see <c>decision</c> change under a permutation of values).
/// The search calls them during the sink call, with the state it was given, so the worker swaps in
/// the successor it permuted.
/// </remarks>
internal sealed class SymmetricWorker(IModelWorker inner, SymmetryGroup group) : IModelWorker, ISuccessorSink
{
    private ISuccessorSink? _sink;
    private Value[] _first = [];
    private Value[] _second = [];
    private int[] _order = [];
    private readonly ImageCache _cache = new();
    private Value[]? _handedOn;
    private Value[]? _successor;

    /// <inheritdoc />
    public void EnumerateInitial(ISuccessorSink sink)
    {
        var outer = _sink;
        _sink = sink;
        try
        {
            inner.EnumerateInitial(this);
        }
        finally
        {
            _sink = outer;
        }
    }

    /// <inheritdoc />
    public void EnumerateNext(Value[] state, ISuccessorSink sink)
    {
        var outer = _sink;
        _sink = sink;
        try
        {
            inner.EnumerateNext(state, this);
        }
        finally
        {
            _sink = outer;
        }
    }

    /// <inheritdoc />
    void ISuccessorSink.Add(Value[] state)
    {
        if (_first.Length != state.Length)
        {
            _first = new Value[state.Length];
            _second = new Value[state.Length];
            _order = new int[state.Length];
        }

        var least = group.Canonical(state, _first, _second, _order, _cache);
        _successor = state;
        _handedOn = least;
        try
        {
            _sink!.Add(least);
        }
        finally
        {
            _successor = null;
            _handedOn = null;
        }
    }

    /// <inheritdoc />
    public int FirstViolatedInvariant(Value[] state) => inner.FirstViolatedInvariant(state);

    /// <inheritdoc />
    public bool SatisfiesConstraints(Value[] state) => inner.SatisfiesConstraints(Successor(state));

    /// <inheritdoc />
    public int FirstViolatedActionProperty(Value[] from, Value[] to) => inner.FirstViolatedActionProperty(from, Successor(to));

    /// <inheritdoc />
    public ulong StateAtoms(Value[] state) => inner.StateAtoms(state);

    /// <inheritdoc />
    public uint EdgeAtoms(Value[] from, Value[] to) => inner.EdgeAtoms(from, Successor(to));

    /// <inheritdoc />
    public string DescribeCurrentAction() => inner.DescribeCurrentAction();

    /// <inheritdoc />
    public string DescribeCurrentActor() => inner.DescribeCurrentActor();

    /// <inheritdoc />
    public string? ExplainInvariant(int invariant, Value[] state) => inner.ExplainInvariant(invariant, state);

    /// <inheritdoc />
    public string? ExplainActionProperty(int property, Value[] from, Value[] to) => inner.ExplainActionProperty(property, from, Successor(to));

    /// <summary>The successor that <paramref name="to"/> was made from, when it is the state just handed on.</summary>
    private Value[] Successor(Value[] to) => ReferenceEquals(to, _handedOn) ? _successor! : to;
}
