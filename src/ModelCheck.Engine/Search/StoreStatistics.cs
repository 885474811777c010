namespace ModelCheck.Engine.Search;

/// <summary>Memory figures of the seen-state set.</summary>
/// <param name="BytesPerState">Packed state plus hash table, per distinct state.</param>
/// <param name="TraceLinkBytesPerState">Parent links, per distinct state.</param>
/// <param name="InternedValues">Distinct slot values held by the codec.</param>
internal sealed record StoreStatistics(double BytesPerState, int TraceLinkBytesPerState, long InternedValues);
