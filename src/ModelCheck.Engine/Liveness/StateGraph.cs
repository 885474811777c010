using System.Diagnostics;

namespace ModelCheck.Engine.Liveness;

/// <summary>
/// The reachable state graph for the liveness check, in compressed sparse rows: states in the
/// order the search numbered (and expanded) them, each with its atoms and outgoing edges, each edge
/// with its atoms. Stuttering self-loops are implicit unless <see cref="ImplicitStuttering"/> is off.
/// </summary>
/// <remarks>
/// Why compressed rows: at 10^7 states an object per state or per edge would cost more than the
/// state store itself; here an edge costs 4 bytes (8 with edge atoms) and a state 12.
/// </remarks>
internal sealed class StateGraph
{
    private int[] _offsets = new int[1024];
    private ulong[] _stateAtoms = new ulong[1024];
    private int[] _targets = new int[4096];
    private uint[] _edgeAtoms;
    private readonly bool _hasEdgeAtoms;
    private int _states;
    private int _edges;

    /// <summary>Creates an empty graph; edge atoms are stored only when <paramref name="hasEdgeAtoms"/>.</summary>
    /// <param name="hasEdgeAtoms">Whether edges carry atoms.</param>
    /// <param name="implicitStuttering">See <see cref="ImplicitStuttering"/>.</param>
    public StateGraph(bool hasEdgeAtoms, bool implicitStuttering = true)
    {
        _hasEdgeAtoms = hasEdgeAtoms;
        _edgeAtoms = hasEdgeAtoms ? new uint[4096] : [];
        ImplicitStuttering = implicitStuttering;
    }

    /// <summary>
    /// True when every state may repeat forever (a behaviour may stutter anywhere), as in the
    /// reachable graph; false when a state repeats only through an edge to itself. Why false: a
    /// graph of the positions of one given lasso (<see cref="LassoVerifier"/>) has exactly its
    /// steps, and stuttering where the lasso does not would be another behaviour.
    /// </summary>
    public bool ImplicitStuttering { get; }

    /// <summary>States added so far.</summary>
    public int StateCount => _states;

    /// <summary>Edges added so far (without the implicit stuttering loops).</summary>
    public long EdgeCount => _edges;

    /// <summary>Bytes held per edge.</summary>
    public int BytesPerEdge => sizeof(int) + (_hasEdgeAtoms ? sizeof(uint) : 0);

    /// <summary>Bytes held per state.</summary>
    public static int BytesPerState => sizeof(int) + sizeof(ulong);

    /// <summary>Starts the edges of <paramref name="state"/>, which must be the next state number.</summary>
    public void BeginState(int state, ulong atoms)
    {
        Debug.Assert(state == _states, "states are added in the order they were numbered");
        if (_states + 2 > _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
            Array.Resize(ref _stateAtoms, _stateAtoms.Length * 2);
        }

        _offsets[_states] = _edges;
        _stateAtoms[_states] = atoms;
        _states++;
        _offsets[_states] = _edges;
    }

    /// <summary>Adds an edge from the state begun last.</summary>
    public void AddEdge(int target, uint atoms)
    {
        if (_edges == _targets.Length)
        {
            Array.Resize(ref _targets, _targets.Length * 2);
            if (_hasEdgeAtoms)
            {
                Array.Resize(ref _edgeAtoms, _edgeAtoms.Length * 2);
            }
        }

        _targets[_edges] = target;
        if (_hasEdgeAtoms)
        {
            _edgeAtoms[_edges] = atoms;
        }

        _edges++;
        _offsets[_states] = _edges;
    }

    /// <summary>Sets the atoms derived from edges (see <see cref="LivenessSpec.DerivedEnabled"/>).</summary>
    public void DeriveEnabled(LivenessSpec spec)
    {
        for (var s = 0; s < _states; s++)
        {
            var atoms = 0u;
            for (var e = _offsets[s]; e < _offsets[s + 1]; e++)
            {
                atoms |= EdgeAtoms(e);
            }

            _stateAtoms[s] |= spec.DerivedAtoms(atoms);
        }
    }

    /// <summary>The atoms of <paramref name="state"/>.</summary>
    public ulong StateAtoms(int state) => _stateAtoms[state];

    /// <summary>The first edge index of <paramref name="state"/>.</summary>
    public int FirstEdge(int state) => _offsets[state];

    /// <summary>One past the last edge index of <paramref name="state"/>.</summary>
    public int EndEdge(int state) => _offsets[state + 1];

    /// <summary>The target of edge <paramref name="edge"/>.</summary>
    public int Target(int edge) => _targets[edge];

    /// <summary>The atoms of edge <paramref name="edge"/>.</summary>
    public uint EdgeAtoms(int edge) => _hasEdgeAtoms ? _edgeAtoms[edge] : 0;
}
