namespace ModelCheck.Tla.Evaluation;

/// <summary>
/// Objects of one kind that a worker lent out and got back, to lend again: the last given back is
/// the first taken, and at most <c>capacity</c> are kept. One per worker, so no locks.
/// </summary>
/// <remarks>
/// Why a stack: frames and continuations are borrowed for one call or one enumeration, and those
/// nest; a nested borrower takes another object, and gives it back before the outer one does.
/// </remarks>
internal sealed class SpareStack<T>(int capacity)
    where T : class
{
    private readonly T?[] _items = new T?[capacity];
    private int _count;

    /// <summary>The object given back last, or null when none is spare.</summary>
    public T? Take()
    {
        if (_count == 0)
        {
            return null;
        }

        ref var top = ref _items[--_count];
        var item = top;
        top = null;
        return item;
    }

    /// <summary>Keeps <paramref name="item"/> for a later <see cref="Take"/>, unless the stack is full.</summary>
    public void Give(T item)
    {
        if (_count < _items.Length)
        {
            _items[_count++] = item;
        }
    }
}
