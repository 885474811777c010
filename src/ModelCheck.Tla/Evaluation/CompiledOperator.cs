namespace ModelCheck.Tla.Evaluation;

/// <summary>
/// A user-defined operator after compilation: its frame layout and its body, compiled once as an
/// expression and, on demand, once as an action.
/// </summary>
internal sealed class CompiledOperator(string name, int arity, bool isModuleLevel)
{
    /// <summary>The operator's name, for labels and messages.</summary>
    public string Name { get; } = name;

    /// <summary>Number of parameters; they occupy the first slots of the frame.</summary>
    public int Arity { get; } = arity;

    /// <summary>True for module-level definitions, whose frames link to the root frame.</summary>
    public bool IsModuleLevel { get; } = isModuleLevel;

    /// <summary>
    /// True when no activation's frame can outlive its call, so that a worker may reuse it for the
    /// next call (see <see cref="EvalContext.RentFrame"/>). Set by the compiler for module-level
    /// definitions whose body has no LAMBDA, no LET and no substituted or qualified name: only those
    /// can build a closure or a recursive function that keeps the frame.
    /// </summary>
    public bool FramesStayLocal { get; init; }

    /// <summary>Slots needed by one activation. Set when the body is compiled.</summary>
    public int FrameSize { get; set; }

    private Node? _body;
    private Node? _evalBody;

    /// <summary>Compiles the action body on demand (set by the compiler); the flag selects initial-predicate mode.</summary>
    public Func<bool, Actions.ActionNode>? ActionCompiler { get; set; }

    private Actions.ActionNode? _nextBody;
    private Actions.ActionNode? _initBody;

    /// <summary>Compiles the expression body on demand (set by the compiler).</summary>
    public Func<Node>? BodyCompiler { get; set; }

    /// <summary>
    /// Serialises lazy compilation. Why: bodies compile on first use, which can happen on several
    /// worker threads at once, and compiling mutates shared frame layouts.
    /// </summary>
    public static Lock CompileGate { get; } = new();

    /// <summary>The expression body, compiling it on first use.</summary>
    public Node GetBody()
    {
        var body = Volatile.Read(ref _body);
        if (body is not null)
        {
            return body;
        }

        lock (CompileGate)
        {
            if (_body is null)
            {
                var compile = BodyCompiler ?? throw new InvalidOperationException($"operator {Name} has no body");
                BodyCompiler = null;
                Volatile.Write(ref _body, compile());
            }

            return _body!;
        }
    }

    /// <summary>
    /// The body as calls evaluate it: <see cref="GetBody"/>, emitted as IL once it is hot when it
    /// is made of node kinds the emitter handles (see <see cref="Emitted.EmittedNode"/>).
    /// </summary>
    public Node GetEvalBody()
    {
        var body = Volatile.Read(ref _evalBody);
        if (body is null)
        {
            // Why a benign race: wrapping is deterministic, and either wrapper evaluates the same.
            body = Emitted.EmittedNode.Wrap(GetBody());
            Volatile.Write(ref _evalBody, body);
        }

        return body;
    }

    /// <summary>The action body, compiling it on first use; <paramref name="initial"/> selects the initial-predicate form.</summary>
    public Actions.ActionNode GetActionBody(bool initial)
    {
        var body = Volatile.Read(ref initial ? ref _initBody : ref _nextBody);
        if (body is not null)
        {
            return body;
        }

        lock (CompileGate)
        {
            ref var slot = ref initial ? ref _initBody : ref _nextBody;
            if (slot is null)
            {
                var compile = ActionCompiler ?? throw new InvalidOperationException($"operator {Name} has no action body");
                Volatile.Write(ref slot, compile(initial));
            }

            return slot!;
        }
    }
}
