namespace ModelCheck.Tla.Compilation;

/// <summary>A compile-time lexical scope: names bound by parameters, quantifiers and LET.</summary>
internal sealed class Scope(Scope? parent)
{
    private readonly Dictionary<string, LocalBinding> _names = new(StringComparer.Ordinal);

    /// <summary>The enclosing scope.</summary>
    public Scope? Parent { get; } = parent;

    /// <summary>Binds <paramref name="name"/> in this scope.</summary>
    public void Add(string name, LocalBinding binding) => _names[name] = binding;

    /// <summary>Looks <paramref name="name"/> up here and outwards.</summary>
    public LocalBinding? Find(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._names.TryGetValue(name, out var b))
            {
                return b;
            }
        }

        return null;
    }
}
