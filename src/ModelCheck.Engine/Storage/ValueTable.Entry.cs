using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Storage;

/// <summary>The entries of the lookup array.</summary>
internal sealed partial class ValueTable
{
    /// <summary>One interned value, its hash and its id; empty while <see cref="Value"/> is null.</summary>
    private struct Entry
    {
        public Value? Value;
        public int Hash;
        public uint Id;
    }
}
