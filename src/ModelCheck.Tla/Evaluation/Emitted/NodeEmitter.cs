using System.Reflection;
using System.Reflection.Emit;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation.Nodes;

namespace ModelCheck.Tla.Evaluation.Emitted;

/// <summary>
/// Turns a pure expression made only of common node kinds (integers, booleans, state variables,
/// bound variables, function application and EXCEPT, membership, quantifiers over sets) into one
/// IL method, so that the expression runs without a virtual call per node and with integers and
/// booleans unboxed.
/// </summary>
/// <remarks>
/// <para>
/// Why a bail-out instead of errors: the emitted method returns null whenever the interpreter would
/// do anything but the plain case (an error, a value of an unexpected kind), and the caller then
/// evaluates the tree with the interpreter, which gives the exact result or error. That is sound
/// because every supported node is free of side effects, so evaluating twice is not observable.
/// </para>
/// <para>
/// Why every intermediate result goes to a local: a bail-out branch must leave the evaluation stack
/// empty, and with locals it always is between two steps. The JIT keeps such locals in registers.
/// </para>
/// </remarks>
internal sealed class NodeEmitter
{
    private static readonly MethodInfo s_getState = typeof(EvalContext).GetProperty(nameof(EvalContext.State))!.GetMethod!;
    private static readonly MethodInfo s_getFrame = typeof(EvalContext).GetProperty(nameof(EvalContext.Frame))!.GetMethod!;
    private static readonly MethodInfo s_frameUp = typeof(Frame).GetMethod(nameof(Frame.Up))!;
    private static readonly MethodInfo s_getSlots = typeof(Frame).GetProperty(nameof(Frame.Slots))!.GetMethod!;
    private static readonly FieldInfo s_slotValue = typeof(FrameSlot).GetField(nameof(FrameSlot.Value))!;
    private static readonly MethodInfo s_getConstants = typeof(EmitClosure).GetProperty(nameof(EmitClosure.Constants))!.GetMethod!;
    private static readonly MethodInfo s_getNodes = typeof(EmitClosure).GetProperty(nameof(EmitClosure.Nodes))!.GetMethod!;
    private static readonly MethodInfo s_intOf = typeof(IntValue).GetMethod(nameof(IntValue.Of))!;
    private static readonly MethodInfo s_intValue = typeof(IntValue).GetProperty(nameof(IntValue.Value))!.GetMethod!;
    private static readonly MethodInfo s_boolOf = typeof(BoolValue).GetMethod(nameof(BoolValue.Of))!;
    private static readonly MethodInfo s_true = typeof(BoolValue).GetProperty(nameof(BoolValue.True))!.GetMethod!;
    private static readonly MethodInfo s_false = typeof(BoolValue).GetProperty(nameof(BoolValue.False))!.GetMethod!;
    private static readonly ConstructorInfo s_interval = typeof(IntervalSet).GetConstructor([typeof(long), typeof(long)])!;

    private readonly ILGenerator _il;
    private readonly Label _bail;
    private readonly List<Value> _constants = [];
    private readonly List<Node> _nodes = [];

    // Slots of the current frame bound by emitted code (quantifier variables, @), and their locals.
    private readonly Dictionary<int, LocalBuilder> _bound = [];

    private NodeEmitter(ILGenerator il)
    {
        _il = il;
        _bail = il.DefineLabel();
    }

    private enum Kind
    {
        Value,
        Long,
        Bool,
    }

    /// <summary>
    /// Emits <paramref name="root"/>, or returns null when it has a node kind the emitter does not
    /// handle. The method returns the value, or null when the interpreter must evaluate instead.
    /// </summary>
    public static Func<EvalContext, Value?>? TryEmit(Node root)
    {
        if (!CanEmit(root, MaxNodes))
        {
            return null;
        }

        var method = new DynamicMethod("tla_" + root.GetType().Name, typeof(Value), [typeof(EmitClosure), typeof(EvalContext)], typeof(NodeEmitter).Module, skipVisibility: true);
        var emitter = new NodeEmitter(method.GetILGenerator());
        var result = emitter.Emit(root, Kind.Value);
        var il = emitter._il;
        il.Emit(OpCodes.Ldloc, result);
        il.Emit(OpCodes.Ret);
        il.MarkLabel(emitter._bail);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ret);
        var closure = new EmitClosure([.. emitter._constants], [.. emitter._nodes]);
        return method.CreateDelegate<Func<EvalContext, Value?>>(closure);
    }

    /// <summary>
    /// The most nodes an emitted expression may have. Why a limit: each node takes a few IL locals and
    /// a method has at most 65,535 of them, and a very large method would be compiled slowly or not at
    /// all; a generated invariant with thousands of conjuncts stays interpreted.
    /// </summary>
    public const int MaxNodes = 1000;

    /// <summary>
    /// True when every node of <paramref name="node"/> is of a kind <see cref="TryEmit"/> handles and
    /// there are at most <paramref name="budget"/> of them.
    /// </summary>
    public static bool CanEmit(Node node, int budget) => Count(node, ref budget);

    private static bool Count(Node node, ref int budget)
    {
        if (--budget < 0)
        {
            return false;
        }

        return node switch
        {
            ConstantNode or CachedNode or StateVariableNode or LocalNode => true,
            ApplyFunctionNode a => a.Args.Count == 1 && Count(a.Function, ref budget) && Count(a.Args[0], ref budget),
            ExceptNode e => CountExcept(e, ref budget),
            FieldNode f => Count(f.Record, ref budget),
            IntBinaryNode b => b.Operator != IntOperator.Power && Count(b.Left, ref budget) && Count(b.Right, ref budget),
            EqualsNode q => Count(q.Left, ref budget) && Count(q.Right, ref budget),
            MembershipNode m => m.Element is not RecordNode && Count(m.Element, ref budget) && Count(m.Set, ref budget),
            AndNode a => CountAll(a.Items, ref budget),
            OrNode o => CountAll(o.Items, ref budget),
            NotNode n => Count(n.Operand, ref budget),
            ImpliesNode i => Count(i.Left, ref budget) && Count(i.Right, ref budget),
            IfNode i => Count(i.Condition, ref budget) && Count(i.Then, ref budget) && Count(i.Otherwise, ref budget),
            QuantifierNode q => q.Variables is [{ IsTuple: false } v] && Count(v.Domain, ref budget) && Count(q.Body, ref budget),
            _ => false,
        };
    }

    private static bool CountAll(IReadOnlyList<Node> nodes, ref int budget)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Count(nodes[i], ref budget))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CountExcept(ExceptNode e, ref int budget)
    {
        if (!Count(e.Function, ref budget))
        {
            return false;
        }

        for (var i = 0; i < e.Updates.Count; i++)
        {
            var update = e.Updates[i];
            if (update.Keys.Length != 1 || !Count(update.Keys[0], ref budget) || !Count(update.Value, ref budget))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Emits <paramref name="node"/> into a new local of kind <paramref name="want"/>.</summary>
    private LocalBuilder Emit(Node node, Kind want)
    {
        switch (node)
        {
            case ConstantNode { Value: IntValue i } when want == Kind.Long:
                return Store(Kind.Long, () => _il.Emit(OpCodes.Ldc_I8, i.Value));
            case ConstantNode { Value: BoolValue b } when want == Kind.Bool:
                return Store(Kind.Bool, () => _il.Emit(ReferenceEquals(b, BoolValue.True) ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0));
            case IfNode i:
                return EmitIf(i, want);
            default:
            {
                var (local, kind) = EmitNatural(node);
                return Convert(local, kind, want);
            }
        }
    }

    private (LocalBuilder Local, Kind Kind) EmitNatural(Node node) => node switch
    {
        ConstantNode c => (EmitConstant(c.Value), Kind.Value),
        CachedNode c => (EmitThroughInterpreter(c), Kind.Value),
        StateVariableNode v => (EmitStateVariable(v.Index), Kind.Value),
        LocalNode l => (EmitLocal(l), Kind.Value),
        ApplyFunctionNode a => (EmitApply(a), Kind.Value),
        ExceptNode e => (EmitExcept(e), Kind.Value),
        FieldNode f => (EmitField(f), Kind.Value),
        IntBinaryNode b => EmitInt(b),
        EqualsNode q => (EmitEquals(q), Kind.Bool),
        MembershipNode m => (EmitMembership(m), Kind.Bool),
        AndNode a => (EmitJunction(a.Items, isAnd: true), Kind.Bool),
        OrNode o => (EmitJunction(o.Items, isAnd: false), Kind.Bool),
        NotNode n => (EmitNot(n), Kind.Bool),
        ImpliesNode i => (EmitImplies(i), Kind.Bool),
        QuantifierNode q => (EmitQuantifier(q), Kind.Bool),
        _ => throw new InvalidOperationException($"no emitter for {node.GetType().Name}; CanEmit refuses it"),
    };

    private LocalBuilder Store(Kind kind, Action load)
    {
        var local = _il.DeclareLocal(TypeOf(kind));
        load();
        _il.Emit(OpCodes.Stloc, local);
        return local;
    }

    private static Type TypeOf(Kind kind) => kind switch
    {
        Kind.Long => typeof(long),
        Kind.Bool => typeof(int),
        _ => typeof(Value),
    };

    /// <summary>Converts as the interpreter's EvalInt and EvalBool do, bailing out where they would fail.</summary>
    private LocalBuilder Convert(LocalBuilder local, Kind from, Kind to)
    {
        if (from == to)
        {
            return local;
        }

        var il = _il;
        var result = il.DeclareLocal(TypeOf(to));
        switch (from, to)
        {
            case (Kind.Long, Kind.Value):
                il.Emit(OpCodes.Ldloc, local);
                il.Emit(OpCodes.Call, s_intOf);
                il.Emit(OpCodes.Stloc, result);
                break;
            case (Kind.Bool, Kind.Value):
                il.Emit(OpCodes.Ldloc, local);
                il.Emit(OpCodes.Call, s_boolOf);
                il.Emit(OpCodes.Stloc, result);
                break;
            case (Kind.Value, Kind.Long):
            {
                var integer = il.DeclareLocal(typeof(IntValue));
                il.Emit(OpCodes.Ldloc, local);
                il.Emit(OpCodes.Isinst, typeof(IntValue));
                il.Emit(OpCodes.Stloc, integer);
                il.Emit(OpCodes.Ldloc, integer);
                il.Emit(OpCodes.Brfalse, _bail);
                il.Emit(OpCodes.Ldloc, integer);
                il.Emit(OpCodes.Call, s_intValue);
                il.Emit(OpCodes.Stloc, result);
                break;
            }

            case (Kind.Value, Kind.Bool):
            {
                var isTrue = il.DefineLabel();
                var isFalse = il.DefineLabel();
                var end = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, local);
                il.Emit(OpCodes.Call, s_true);
                il.Emit(OpCodes.Beq, isTrue);
                il.Emit(OpCodes.Ldloc, local);
                il.Emit(OpCodes.Call, s_false);
                il.Emit(OpCodes.Beq, isFalse);
                il.Emit(OpCodes.Br, _bail);
                il.MarkLabel(isTrue);
                il.Emit(OpCodes.Ldc_I4_1);
                il.Emit(OpCodes.Stloc, result);
                il.Emit(OpCodes.Br, end);
                il.MarkLabel(isFalse);
                il.Emit(OpCodes.Ldc_I4_0);
                il.Emit(OpCodes.Stloc, result);
                il.MarkLabel(end);
                break;
            }

            default:
                // An integer where a boolean is expected, or the reverse: the interpreter reports it.
                il.Emit(OpCodes.Br, _bail);
                break;
        }

        return result;
    }

    private LocalBuilder EmitConstant(Value value)
    {
        var index = _constants.Count;
        _constants.Add(value);
        return Store(Kind.Value, () =>
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Call, s_getConstants);
            _il.Emit(OpCodes.Ldc_I4, index);
            _il.Emit(OpCodes.Ldelem_Ref);
        });
    }

    private void LoadNode(Node node)
    {
        var index = _nodes.Count;
        _nodes.Add(node);
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Call, s_getNodes);
        _il.Emit(OpCodes.Ldc_I4, index);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    // Why through the interpreter: a cached constant expression is evaluated once and then read,
    // and its first evaluation (and any error in it) must happen exactly where the interpreter's would.
    private LocalBuilder EmitThroughInterpreter(Node node) => Store(Kind.Value, () =>
    {
        LoadNode(node);
        _il.Emit(OpCodes.Ldarg_1);

        // Why a direct call: the node's class is known here, so the JIT can inline its Eval.
        _il.Emit(OpCodes.Call, node.GetType().GetMethod(nameof(Node.Eval))!);
    });

    private LocalBuilder EmitStateVariable(int index)
    {
        var local = Store(Kind.Value, () =>
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Call, s_getState);
            _il.Emit(OpCodes.Ldc_I4, index);
            _il.Emit(OpCodes.Ldelem_Ref);
        });
        BailIfNull(local);
        return local;
    }

    private LocalBuilder EmitLocal(LocalNode node)
    {
        if (node.Hops == 0 && _bound.TryGetValue(node.Index, out var bound))
        {
            return bound;
        }

        var local = Store(Kind.Value, () =>
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Call, s_getFrame);
            if (node.Hops > 0)
            {
                _il.Emit(OpCodes.Ldc_I4, node.Hops);
                _il.Emit(OpCodes.Call, s_frameUp);
            }

            _il.Emit(OpCodes.Call, s_getSlots);
            _il.Emit(OpCodes.Ldc_I4, node.Index);
            _il.Emit(OpCodes.Ldelema, typeof(FrameSlot));
            _il.Emit(OpCodes.Ldfld, s_slotValue);
        });
        BailIfNull(local);
        return local;
    }

    private void BailIfNull(LocalBuilder local)
    {
        _il.Emit(OpCodes.Ldloc, local);
        _il.Emit(OpCodes.Brfalse, _bail);
    }

    private void BailIfNegative(LocalBuilder local)
    {
        _il.Emit(OpCodes.Ldloc, local);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Blt, _bail);
    }

    private LocalBuilder CallHelper(string name, Type resultType, params LocalBuilder[] arguments)
    {
        var result = _il.DeclareLocal(resultType);
        foreach (var argument in arguments)
        {
            _il.Emit(OpCodes.Ldloc, argument);
        }

        _il.Emit(OpCodes.Call, typeof(EmitHelpers).GetMethod(name)!);
        _il.Emit(OpCodes.Stloc, result);
        return result;
    }

    private LocalBuilder EmitApply(ApplyFunctionNode node)
    {
        var f = Emit(node.Function, Kind.Value);
        var argument = Emit(node.Args[0], Kind.Value);
        var result = CallHelper(nameof(EmitHelpers.Apply), typeof(Value), f, argument);
        BailIfNull(result);
        return result;
    }

    private LocalBuilder EmitField(FieldNode node)
    {
        var record = Emit(node.Record, Kind.Value);
        var result = _il.DeclareLocal(typeof(Value));
        _il.Emit(OpCodes.Ldloc, record);
        LoadNode(node);
        _il.Emit(OpCodes.Call, typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.Field))!);
        _il.Emit(OpCodes.Stloc, result);
        BailIfNull(result);
        return result;
    }

    private LocalBuilder EmitExcept(ExceptNode node)
    {
        var il = _il;
        var result = il.DeclareLocal(typeof(Value));
        il.Emit(OpCodes.Ldloc, Emit(node.Function, Kind.Value));
        il.Emit(OpCodes.Stloc, result);
        for (var u = 0; u < node.Updates.Count; u++)
        {
            var update = node.Updates[u];
            var key = Emit(update.Keys[0], Kind.Value);
            var old = il.DeclareLocal(typeof(Value));
            var found = il.DeclareLocal(typeof(int));
            var skip = il.DefineLabel();
            il.Emit(OpCodes.Ldloc, result);
            il.Emit(OpCodes.Ldloc, key);
            il.Emit(OpCodes.Ldloca, old);
            il.Emit(OpCodes.Call, typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.ExceptOld))!);
            il.Emit(OpCodes.Stloc, found);
            BailIfNegative(found);
            il.Emit(OpCodes.Ldloc, found);
            il.Emit(OpCodes.Brfalse, skip);
            var value = WithBound(node.AtSlot, old, () => Emit(update.Value, Kind.Value));
            il.Emit(OpCodes.Ldloc, result);
            il.Emit(OpCodes.Ldloc, key);
            il.Emit(OpCodes.Ldloc, value);
            il.Emit(OpCodes.Call, typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.ExceptSet))!);
            il.Emit(OpCodes.Stloc, result);
            BailIfNull(result);
            il.MarkLabel(skip);
        }

        return result;
    }

    private T WithBound<T>(int slot, LocalBuilder local, Func<T> emit)
    {
        var hadPrevious = _bound.TryGetValue(slot, out var previous);
        _bound[slot] = local;
        var result = emit();
        if (hadPrevious)
        {
            _bound[slot] = previous!;
        }
        else
        {
            _bound.Remove(slot);
        }

        return result;
    }

    private (LocalBuilder Local, Kind Kind) EmitInt(IntBinaryNode node)
    {
        var il = _il;
        var a = Emit(node.Left, Kind.Long);
        var b = Emit(node.Right, Kind.Long);
        switch (node.Operator)
        {
            case IntOperator.Add:
            case IntOperator.Subtract:
            {
                // Overflow exactly as the interpreter tests it: the sign of the result is impossible.
                var add = node.Operator == IntOperator.Add;
                var r = Store(Kind.Long, () =>
                {
                    il.Emit(OpCodes.Ldloc, a);
                    il.Emit(OpCodes.Ldloc, b);
                    il.Emit(add ? OpCodes.Add : OpCodes.Sub);
                });
                il.Emit(OpCodes.Ldloc, a);
                il.Emit(OpCodes.Ldloc, add ? r : b);
                il.Emit(OpCodes.Xor);
                il.Emit(OpCodes.Ldloc, add ? b : a);
                il.Emit(OpCodes.Ldloc, r);
                il.Emit(OpCodes.Xor);
                il.Emit(OpCodes.And);
                il.Emit(OpCodes.Ldc_I8, 0L);
                il.Emit(OpCodes.Blt, _bail);
                return (r, Kind.Long);
            }

            case IntOperator.Modulo:
            {
                var r = il.DeclareLocal(typeof(long));
                var positive = il.DefineLabel();
                il.Emit(OpCodes.Ldloc, b);
                il.Emit(OpCodes.Ldc_I8, 0L);
                il.Emit(OpCodes.Ble, _bail);
                il.Emit(OpCodes.Ldloc, a);
                il.Emit(OpCodes.Ldloc, b);
                il.Emit(OpCodes.Rem);
                il.Emit(OpCodes.Stloc, r);
                il.Emit(OpCodes.Ldloc, r);
                il.Emit(OpCodes.Ldc_I8, 0L);
                il.Emit(OpCodes.Bge, positive);
                il.Emit(OpCodes.Ldloc, r);
                il.Emit(OpCodes.Ldloc, b);
                il.Emit(OpCodes.Add);
                il.Emit(OpCodes.Stloc, r);
                il.MarkLabel(positive);
                return (r, Kind.Long);
            }

            case IntOperator.Multiply:
            case IntOperator.Divide:
            {
                var r = il.DeclareLocal(typeof(long));
                il.Emit(OpCodes.Ldloc, a);
                il.Emit(OpCodes.Ldloc, b);
                il.Emit(OpCodes.Ldloca, r);
                il.Emit(OpCodes.Call, typeof(EmitHelpers).GetMethod(node.Operator == IntOperator.Multiply ? nameof(EmitHelpers.TryMultiply) : nameof(EmitHelpers.TryDivide))!);
                il.Emit(OpCodes.Brfalse, _bail);
                return (r, Kind.Long);
            }

            case IntOperator.Less:
                return (Compare(a, b, OpCodes.Clt, negate: false), Kind.Bool);
            case IntOperator.LessOrEqual:
                return (Compare(a, b, OpCodes.Cgt, negate: true), Kind.Bool);
            case IntOperator.Greater:
                return (Compare(a, b, OpCodes.Cgt, negate: false), Kind.Bool);
            case IntOperator.GreaterOrEqual:
                return (Compare(a, b, OpCodes.Clt, negate: true), Kind.Bool);
            case IntOperator.Range:
                return (Store(Kind.Value, () =>
                {
                    il.Emit(OpCodes.Ldloc, a);
                    il.Emit(OpCodes.Ldloc, b);
                    il.Emit(OpCodes.Newobj, s_interval);
                }), Kind.Value);
            default:
                throw new InvalidOperationException($"no emitter for {node.Operator}; CanEmit should have refused it");
        }
    }

    private LocalBuilder Compare(LocalBuilder a, LocalBuilder b, OpCode compare, bool negate) => Store(Kind.Bool, () =>
    {
        _il.Emit(OpCodes.Ldloc, a);
        _il.Emit(OpCodes.Ldloc, b);
        _il.Emit(compare);
        if (negate)
        {
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Ceq);
        }
    });

    /// <summary>Stores <paramref name="answer"/> (1, 0 or -1 to bail out) as a boolean, flipped when negated.</summary>
    private LocalBuilder Answer(LocalBuilder answer, bool negate)
    {
        BailIfNegative(answer);
        return Store(Kind.Bool, () =>
        {
            _il.Emit(OpCodes.Ldloc, answer);
            if (negate)
            {
                _il.Emit(OpCodes.Ldc_I4_1);
                _il.Emit(OpCodes.Xor);
            }
        });
    }

    private LocalBuilder EmitEquals(EqualsNode node)
    {
        var a = Emit(node.Left, Kind.Value);
        var b = Emit(node.Right, Kind.Value);
        return Answer(CallHelper(nameof(EmitHelpers.Equal), typeof(int), a, b), node.Negate);
    }

    private LocalBuilder EmitMembership(MembershipNode node)
    {
        var e = Emit(node.Element, Kind.Value);
        if (node.Set is IntBinaryNode { Operator: IntOperator.Range } range)
        {
            // As the interpreter: the bounds are compared directly, without building the interval.
            var low = Emit(range.Left, Kind.Long);
            var high = Emit(range.Right, Kind.Long);
            return Answer(CallHelper(nameof(EmitHelpers.InRange), typeof(int), e, low, high), node.Negate);
        }

        var set = Emit(node.Set, Kind.Value);
        return Answer(CallHelper(nameof(EmitHelpers.Member), typeof(int), set, e), node.Negate);
    }

    private LocalBuilder EmitJunction(IReadOnlyList<Node> items, bool isAnd)
    {
        var il = _il;
        var result = il.DeclareLocal(typeof(int));
        var decided = il.DefineLabel();
        var end = il.DefineLabel();
        for (var i = 0; i < items.Count; i++)
        {
            il.Emit(OpCodes.Ldloc, Emit(items[i], Kind.Bool));
            il.Emit(isAnd ? OpCodes.Brfalse : OpCodes.Brtrue, decided);
        }

        il.Emit(isAnd ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, result);
        il.Emit(OpCodes.Br, end);
        il.MarkLabel(decided);
        il.Emit(isAnd ? OpCodes.Ldc_I4_0 : OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, result);
        il.MarkLabel(end);
        return result;
    }

    private LocalBuilder EmitNot(NotNode node)
    {
        var operand = Emit(node.Operand, Kind.Bool);
        return Store(Kind.Bool, () =>
        {
            _il.Emit(OpCodes.Ldloc, operand);
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Ceq);
        });
    }

    private LocalBuilder EmitImplies(ImpliesNode node)
    {
        var il = _il;
        var result = il.DeclareLocal(typeof(int));
        var holds = il.DefineLabel();
        var end = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, Emit(node.Left, Kind.Bool));
        il.Emit(OpCodes.Brfalse, holds);
        il.Emit(OpCodes.Ldloc, Emit(node.Right, Kind.Bool));
        il.Emit(OpCodes.Stloc, result);
        il.Emit(OpCodes.Br, end);
        il.MarkLabel(holds);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, result);
        il.MarkLabel(end);
        return result;
    }

    private LocalBuilder EmitIf(IfNode node, Kind want)
    {
        var il = _il;
        var result = il.DeclareLocal(TypeOf(want));
        var otherwise = il.DefineLabel();
        var end = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, Emit(node.Condition, Kind.Bool));
        il.Emit(OpCodes.Brfalse, otherwise);
        il.Emit(OpCodes.Ldloc, Emit(node.Then, want));
        il.Emit(OpCodes.Stloc, result);
        il.Emit(OpCodes.Br, end);
        il.MarkLabel(otherwise);
        il.Emit(OpCodes.Ldloc, Emit(node.Otherwise, want));
        il.Emit(OpCodes.Stloc, result);
        il.MarkLabel(end);
        return result;
    }

    private LocalBuilder EmitQuantifier(QuantifierNode node)
    {
        var il = _il;
        var variable = node.Variables[0];
        var domain = Emit(variable.Domain, Kind.Value);
        var low = il.DeclareLocal(typeof(long));
        var elements = il.DeclareLocal(typeof(Value[]));
        var count = il.DeclareLocal(typeof(long));
        var k = il.DeclareLocal(typeof(long));
        var element = il.DeclareLocal(typeof(Value));
        var result = il.DeclareLocal(typeof(int));
        var loop = il.DefineLabel();
        var exhausted = il.DefineLabel();
        var stopped = il.DefineLabel();
        var end = il.DefineLabel();

        il.Emit(OpCodes.Ldloc, domain);
        il.Emit(OpCodes.Ldloca, low);
        il.Emit(OpCodes.Ldloca, elements);
        il.Emit(OpCodes.Call, typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.Domain))!);
        il.Emit(OpCodes.Stloc, count);
        il.Emit(OpCodes.Ldloc, count);
        il.Emit(OpCodes.Ldc_I8, 0L);
        il.Emit(OpCodes.Blt, _bail);
        il.Emit(OpCodes.Ldc_I8, 0L);
        il.Emit(OpCodes.Stloc, k);

        il.MarkLabel(loop);
        il.Emit(OpCodes.Ldloc, k);
        il.Emit(OpCodes.Ldloc, count);
        il.Emit(OpCodes.Bge, exhausted);
        il.Emit(OpCodes.Ldloc, elements);
        il.Emit(OpCodes.Ldloc, low);
        il.Emit(OpCodes.Ldloc, k);
        il.Emit(OpCodes.Call, typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.Element))!);
        il.Emit(OpCodes.Stloc, element);
        var body = WithBound(variable.Slots[0], element, () => Emit(node.Body, Kind.Bool));
        il.Emit(OpCodes.Ldloc, body);
        il.Emit(node.IsForAll ? OpCodes.Brfalse : OpCodes.Brtrue, stopped);
        il.Emit(OpCodes.Ldloc, k);
        il.Emit(OpCodes.Ldc_I8, 1L);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, k);
        il.Emit(OpCodes.Br, loop);

        // \A stops at the first false body (and is false), \E at the first true one (and is true).
        il.MarkLabel(stopped);
        il.Emit(node.IsForAll ? OpCodes.Ldc_I4_0 : OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, result);
        il.Emit(OpCodes.Br, end);
        il.MarkLabel(exhausted);
        il.Emit(node.IsForAll ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, result);
        il.MarkLabel(end);
        return result;
    }
}
