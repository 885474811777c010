namespace ModelCheck.Engine.Search;

/// <summary>Memory figures of the seen-state set.</summary>
/// <param name="BytesPerState">Packed state plus hash table, per distinct state.</param>
/// <param name="TraceLinkBytesPerState">Parent links, per distinct state.</param>
/// <param name="InternedValues">Distinct slot values held by the codec.</param>
/// <param name="PackedBits">Bits of one packed state.</param>
/// <param name="RowBytesPerState">Bytes of packed rows per distinct state.</param>
/// <param name="TableBytesPerState">Bytes of the seen-set table per distinct state.</param>
/// <param name="Fingerprints">True when the seen set holds 64-bit fingerprints instead of exact states.</param>
/// <param name="KeyBytes">Bytes of an unpacked id vector (the codec's words).</param>
/// <param name="Shape">How variables are laid out in slots, for --stats.</param>
/// <param name="DirectTable">True when the table is indexed by the packed states themselves.</param>
internal sealed record StoreStatistics(
    double BytesPerState,
    int TraceLinkBytesPerState,
    long InternedValues,
    int PackedBits = 0,
    double RowBytesPerState = 0,
    double TableBytesPerState = 0,
    bool Fingerprints = false,
    int KeyBytes = 0,
    string Shape = "",
    bool DirectTable = false);
