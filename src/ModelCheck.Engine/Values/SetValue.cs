using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary>
/// A set. Lazy forms (intervals, <c>SUBSET S</c>, <c>[S -> T]</c>, record sets, <c>Nat</c>) answer
/// membership without enumerating; everything else goes through <see cref="Enumerate"/>, which
/// returns the canonical sorted form and is cached.
/// </summary>
internal abstract class SetValue : Value
{
    private EnumeratedSet? _enumerated;

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Set;

    /// <summary>False for Nat, Int, STRING and Seq(S): those support only membership.</summary>
    public virtual bool IsFinite => true;

    /// <summary>Number of elements; enumerates unless a subclass knows better.</summary>
    public virtual long Count => Enumerate().Elements.Length;

    /// <summary>A short name used in error messages for sets that cannot be enumerated.</summary>
    public virtual string Describe() => ToString();

    /// <summary>TLA+ membership.</summary>
    public abstract bool Contains(Value value);

    /// <summary>The canonical enumerated form: sorted, without duplicates. Cached.</summary>
    public EnumeratedSet Enumerate()
    {
        if (_enumerated is null)
        {
            if (!IsFinite)
            {
                throw new ValueException($"cannot enumerate the infinite set {Describe()}");
            }

            _enumerated = this as EnumeratedSet ?? BuildEnumeration();
        }

        return _enumerated;
    }

    /// <summary>Builds the enumeration of a lazy set.</summary>
    protected abstract EnumeratedSet BuildEnumeration();

    /// <inheritdoc />
    public override int GetHashCode() => IsFinite ? Enumerate().ComputeHash() : Hashing.OfString(Describe());

    /// <inheritdoc />
    public override void Format(StringBuilder builder) => Enumerate().FormatElements(builder);

    /// <inheritdoc />
    protected override int CompareSameKind(Value other)
    {
        var a = Enumerate().Elements;
        var b = ((SetValue)other).Enumerate().Elements;
        if (a.Length != b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        for (var i = 0; i < a.Length; i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    /// <inheritdoc />
    protected override bool EqualsSameKind(Value other)
    {
        var otherSet = (SetValue)other;
        if (!IsFinite || !otherSet.IsFinite)
        {
            if (ReferenceEquals(GetType(), other.GetType()) && Describe() == otherSet.Describe())
            {
                return true;
            }

            throw new ValueException($"cannot compare the infinite set {(IsFinite ? otherSet : this).Describe()}");
        }

        var a = Enumerate().Elements;
        var b = otherSet.Enumerate().Elements;
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
