using System.Collections.Immutable;
using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;
using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Library;
using ModelCheck.Tla.Evaluation.Nodes;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>Built-in operators of TLA+ and the standard modules.</summary>
internal sealed partial class Compiler
{
    private static readonly EnumeratedSet s_boolean = EnumeratedSet.FromUnsorted([BoolValue.False, BoolValue.True]);

    // The number of record membership tests given a probe slot so far (see MembershipNode).
    private int _probeSlots;

    private MembershipNode Membership(SourceSpan span, Node element, Node set, bool negate) =>
        new(span, element, set, negate, element is RecordNode ? _probeSlots++ : -1);

    private Node? CompileBuiltin(SourceSpan span, string name, ImmutableArray<Expr> args, CompileEnv env)
    {
        if (args.Length == 0)
        {
            switch (name)
            {
                case "TRUE": return new ConstantNode(span, BoolValue.True);
                case "FALSE": return new ConstantNode(span, BoolValue.False);
                case "BOOLEAN": return new ConstantNode(span, s_boolean);
                case "Nat": return new ConstantNode(span, InfiniteSet.Nat);
                case "Int": return new ConstantNode(span, InfiniteSet.Int);
                case "STRING": return new ConstantNode(span, InfiniteSet.String);
            }
        }

        if (args.Length == 2)
        {
            switch (name)
            {
                case "=": return new EqualsNode(span, Compile(args[0], env), Compile(args[1], env), negate: false);
                case "/=" or "#": return new EqualsNode(span, Compile(args[0], env), Compile(args[1], env), negate: true);
                case "\\in": return Membership(span, Compile(args[0], env), Compile(args[1], env), negate: false);
                case "\\notin": return Membership(span, Compile(args[0], env), Compile(args[1], env), negate: true);
                case "/\\": return new AndNode(span, CompileAll(args, env));
                case "\\/": return new OrNode(span, CompileAll(args, env));
                case "=>": return new ImpliesNode(span, Compile(args[0], env), Compile(args[1], env));
                case "<=>": return new EquivNode(span, Compile(args[0], env), Compile(args[1], env));
            }

            IntOperator? op = name switch
            {
                "+" => IntOperator.Add,
                "-" => IntOperator.Subtract,
                "*" => IntOperator.Multiply,
                "\\div" => IntOperator.Divide,
                "%" => IntOperator.Modulo,
                "^" => IntOperator.Power,
                "<" => IntOperator.Less,
                "<=" => IntOperator.LessOrEqual,
                ">" => IntOperator.Greater,
                ">=" => IntOperator.GreaterOrEqual,
                ".." => IntOperator.Range,
                _ => null,
            };
            if (op is not null)
            {
                return new IntBinaryNode(span, op.Value, Compile(args[0], env), Compile(args[1], env));
            }
        }

        if (args.Length == 1)
        {
            switch (name)
            {
                case "~": return new NotNode(span, Compile(args[0], env));
                case "-.": return new IntBinaryNode(span, IntOperator.Subtract, new ConstantNode(span, IntValue.Of(0)), Compile(args[0], env));
                case "ENABLED":
                    return new EnabledNode(span, CompileAction(args[0], env, initial: false));
            }
        }

        switch (name)
        {
            case "~>" or "-+->" or "\\cdot":
                return Fail<Node>(span, "TLC0303", $"the temporal operator {name} cannot be evaluated on a single state or step; use it as a PROPERTY");
        }

        var builtin = StandardLibrary.Find(name);
        if (builtin is null)
        {
            return null;
        }

        if (builtin.Arity >= 0 && builtin.Arity != args.Length)
        {
            CheckArity(span, name, builtin.Arity, args.Length);
        }

        var nodes = new Node[args.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = StandardLibrary.TakesOperator(name, i) ? CompileOperatorArgument(args[i], 1, env) : Compile(args[i], env);
        }

        if (name == "\\cup" && AddsOneElement(span, nodes, builtin.Implementation) is { } add)
        {
            return add;
        }

        return new BuiltinNode(span, name, builtin.Implementation, nodes);
    }

    /// <summary><c>S \cup {e}</c> or <c>{e} \cup S</c> as a <see cref="SetAddNode"/>; null for any other union.</summary>
    private static SetAddNode? AddsOneElement(SourceSpan span, Node[] operands, BuiltinImplementation union)
    {
        if (OnlyElement(operands[1]) is { } right)
        {
            return new SetAddNode(span, operands[0], right, elementFirst: false, union);
        }

        if (OnlyElement(operands[0]) is { } left)
        {
            return new SetAddNode(span, operands[1], left, elementFirst: true, union);
        }

        return null;
    }

    /// <summary>The element of a one-element set enumeration; a constant one (<c>{"Commit"}</c>, hoisted) stays evaluated once.</summary>
    private static Node? OnlyElement(Node operand) => operand switch
    {
        SetEnumNode { Items.Count: 1 } set => set.Items[0],
        CachedNode { Body: SetEnumNode { Items.Count: 1 } set } => new CachedNode(set.Items[0].Span, set.Items[0]),
        _ => null,
    };
}
