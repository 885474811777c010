namespace ModelCheck.Engine.Search;

/// <summary>Packed keys of one width, appended one by one: the words of a chunk's candidates.</summary>
internal sealed class PackedRows
{
    private uint[] _words = new uint[1024];

    /// <summary>The words of row <paramref name="index"/>.</summary>
    public ReadOnlySpan<uint> Row(int index, int width) => new(_words, index * width, width);

    /// <summary>The words of rows <paramref name="first"/> .. <paramref name="first"/> + <paramref name="count"/> - 1, end to end.</summary>
    public ReadOnlySpan<uint> Rows(int first, int count, int width) => new(_words, first * width, count * width);

    /// <summary>Room for row <paramref name="index"/>, growing the buffer when it is full.</summary>
    public Span<uint> Reserve(int index, int width)
    {
        var end = (index + 1) * width;
        if (end > _words.Length)
        {
            Array.Resize(ref _words, Math.Max(_words.Length * 2, end));
        }

        return new Span<uint>(_words, index * width, width);
    }
}
