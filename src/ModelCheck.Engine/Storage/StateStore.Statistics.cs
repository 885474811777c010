using ModelCheck.Engine.Search;

namespace ModelCheck.Engine.Storage;

/// <summary>Memory figures.</summary>
internal sealed partial class StateStore
{
    /// <summary>The store's memory figures; <paramref name="variableNames"/> label the shape.</summary>
    public StoreStatistics Statistics(IReadOnlyList<string> variableNames)
    {
        var count = Math.Max(1, _count);
        var table = TableBytes + (_fingerprints?.AllocatedBytes ?? 0);
        return new StoreStatistics(
            BytesPerState,
            TraceLinkBytesPerState,
            _codec.InternedValues,
            _layout.TotalBits,
            _count == 0 ? 0 : (double)_rows.AllocatedBytes / count,
            _count == 0 ? 0 : (double)table / count,
            UsesFingerprints,
            _codec.WordCount * sizeof(uint),
            _codec.DescribeShape(variableNames),
            UsesDirectTable);
    }
}
