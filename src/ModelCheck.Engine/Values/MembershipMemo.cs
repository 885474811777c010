using System.Runtime.CompilerServices;

namespace ModelCheck.Engine.Values;

/// <summary>
/// For a set whose membership is tested many times, whether recently tested elements are members,
/// keyed by the element object's identity. Used for composite elements (functions, records, sets),
/// whose test walks the value.
/// </summary>
/// <remarks>
/// <para>
/// Why identity: states unpacked from the store are built from interned values, so a message or a
/// record is the same object in every state that holds it, and type invariants (<c>msgs \in SUBSET
/// Message</c>) test each one against the same constant set again and again. In PaxosCommit's
/// two-worker search those tests were 2.8 s of 23 s of CPU.
/// </para>
/// <para>
/// Why bounded and direct-mapped: entries take the place of older ones instead of growing a table.
/// Why immutable entries: an entry is published with one reference write, so threads sharing the
/// memo read a whole entry or none.
/// </para>
/// </remarks>
internal sealed class MembershipMemo
{
    private const int Size = 4096;

    // Why after some tests: most sets are built, tested once and dropped; a constant one in a type
    // invariant is tested for every state.
    private const int TestsBefore = 64;
    private readonly Entry?[] _entries = new Entry?[Size];

    /// <summary>
    /// The memo of the set that keeps it in <paramref name="memo"/>, created once that set has been
    /// tested <see cref="TestsBefore"/> times (counted in <paramref name="tests"/>); null before.
    /// </summary>
    public static MembershipMemo? After(ref MembershipMemo? memo, ref int tests)
    {
        if (Volatile.Read(ref memo) is { } existing)
        {
            return existing;
        }

        if (Interlocked.Increment(ref tests) < TestsBefore)
        {
            return null;
        }

        Interlocked.CompareExchange(ref memo, new MembershipMemo(), null);
        return memo;
    }

    /// <summary>
    /// <c>element \in set</c>, through <paramref name="memo"/> (the set's own, or null before it has
    /// one) when the element is a value whose membership test walks it.
    /// </summary>
    public static bool Contains(MembershipMemo? memo, SetValue set, Value element) =>
        memo is not null && element is FunctionValue or SetValue ? memo.Remembered(set, element) : set.Contains(element);

    private bool Remembered(SetValue set, Value element)
    {
        var slot = SlotOf(element);
        var entry = Volatile.Read(ref _entries[slot]);
        if (entry is not null && ReferenceEquals(entry.Element, element))
        {
            return entry.IsMember;
        }

        var isMember = set.Contains(element);

        // Why only long-lived elements: an entry keeps its element alive until another takes its slot.
        // Entries for the values an action or an unpacking has just built held young garbage past
        // every collection, so each was a gen1 one: PaxosCommit (500,000 states, 1 worker) paused
        // 2.27 s in 74 of them, against 0.07 s in 8 this way. Interned values, the ones met again
        // and again, are old, and a young one is seldom tested twice anyway.
        if (GC.GetGeneration(element) >= GC.MaxGeneration)
        {
            Volatile.Write(ref _entries[slot], new Entry(element, isMember));
        }

        return isMember;
    }

    /// <summary>True when the memo holds an answer for this very object (for tests).</summary>
    internal bool Holds(Value element) => Volatile.Read(ref _entries[SlotOf(element)]) is { } entry && ReferenceEquals(entry.Element, element);

    private static int SlotOf(Value element) => RuntimeHelpers.GetHashCode(element) & (Size - 1);

    private sealed class Entry(Value element, bool isMember)
    {
        public Value Element { get; } = element;

        public bool IsMember { get; } = isMember;
    }
}
