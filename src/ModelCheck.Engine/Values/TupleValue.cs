using System.Runtime.CompilerServices;
namespace ModelCheck.Engine.Values;

/// <summary>A tuple or sequence <c>&lt;&lt;a, b&gt;&gt;</c>: the function on 1..n.</summary>
internal sealed class TupleValue : FunctionValue
{
    /// <summary>Wraps <paramref name="items"/>, taking ownership.</summary>
    public TupleValue(Value[] items)
    {
        Items = items;
    }

    /// <summary>The empty sequence.</summary>
    public static TupleValue Empty { get; } = new([]);

    /// <summary>The elements.</summary>
    public Value[] Items { get; }

    /// <inheritdoc />
    public override int Count => Items.Length;

    /// <inheritdoc />
    public override SetValue Domain => new IntervalSet(1, Items.Length);

    /// <inheritdoc />
    public override Value KeyAt(int index) => IntValue.Of(index + 1);

    /// <inheritdoc />
    public override Value ValueAt(int index) => Items[index];

    /// <inheritdoc />
    /// <remarks>Inlined by force: callers that know the value is a tuple (the evaluator's fast paths) call it directly.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override Value? TryApply(Value key) =>
        key is IntValue i && i.Value >= 1 && i.Value <= Items.Length ? Items[i.Value - 1] : null;

    /// <inheritdoc />
    public override FunctionValue Except(Value key, Value newValue)
    {
        var i = PositionOf(key);
        return i < 0 ? this : WithValueAt(i, newValue);
    }

    /// <inheritdoc />
    public override int PositionOf(Value key) => key is IntValue i && i.Value >= 1 && i.Value <= Items.Length ? (int)i.Value - 1 : -1;

    /// <inheritdoc />
    public override FunctionValue WithValueAt(int index, Value newValue) => new TupleValue(CopyWith(Items, index, newValue));

    /// <inheritdoc />
    protected override int CompareSameKind(Value other)
    {
        if (other is TupleValue t)
        {
            if (Items.Length != t.Items.Length)
            {
                return Items.Length.CompareTo(t.Items.Length);
            }

            for (var i = 0; i < Items.Length; i++)
            {
                var c = Items[i].CompareTo(t.Items[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        }

        return base.CompareSameKind(other);
    }
}
