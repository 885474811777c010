using System.Text;

namespace ModelCheck.Engine.Values;

/// <summary>
/// An immutable TLA+ value. Equality is TLA+ equality: a tuple equals the function with domain 1..n
/// and the same range, a lazy set equals the enumerated set with the same elements.
/// </summary>
/// <remarks>
/// Why a class hierarchy and not a tagged struct: sets, functions and records nest arbitrarily, and
/// states are stored as interned ids (see the state store), so a value object lives only while
/// successors are computed; hash codes are cached so that interning never walks the object graph twice.
/// </remarks>
internal abstract class Value : IEquatable<Value>, IComparable<Value>
{
    /// <summary>The kind, which orders values of different kinds.</summary>
    public abstract ValueKind Kind { get; }

    /// <summary>Compares two values of the same kind.</summary>
    protected abstract int CompareSameKind(Value other);

    /// <summary>Equality with a value of the same kind.</summary>
    protected abstract bool EqualsSameKind(Value other);

    /// <summary>Computes the hash code; called once, the result is cached by subclasses where useful.</summary>
    public abstract override int GetHashCode();

    /// <summary>Appends the value in TLA+ syntax, as TLC prints it.</summary>
    public abstract void Format(StringBuilder builder);

    /// <inheritdoc />
    public int CompareTo(Value? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (ReferenceEquals(this, other))
        {
            return 0;
        }

        var kind = Kind;
        var otherKind = other.Kind;
        return kind != otherKind ? kind.CompareTo(otherKind) : CompareSameKind(other);
    }

    /// <inheritdoc />
    public bool Equals(Value? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null && Kind == other.Kind && GetHashCode() == other.GetHashCode() && EqualsSameKind(other);
    }

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => obj is Value v && Equals(v);

    /// <inheritdoc />
    public sealed override string ToString()
    {
        var builder = new StringBuilder();
        Format(builder);
        return builder.ToString();
    }
}
