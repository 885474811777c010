using ModelCheck.Engine.Values;

namespace ModelCheck.Traces.Dot;

/// <summary>Compares states value by value, with TLA+ equality, so that they can key a dictionary.</summary>
internal sealed class StateArrayComparer : IEqualityComparer<Value[]>
{
    /// <summary>The shared instance.</summary>
    public static StateArrayComparer Instance { get; } = new();

    /// <inheritdoc />
    public bool Equals(Value[]? x, Value[]? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!x[i].Equals(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public int GetHashCode(Value[] obj)
    {
        var hash = new HashCode();
        foreach (var v in obj)
        {
            hash.Add(v.GetHashCode());
        }

        return hash.ToHashCode();
    }
}
