using System.Runtime.InteropServices;
using ModelCheck.Engine.Storage;
using Xunit;

namespace ModelCheck.Tests.Storage;

/// <summary>Hashes of keys and rows.</summary>
public sealed class StateHashTests
{
    [Fact]
    public void RowHash_IsTheSameFromBytesAndFromZeroPaddedWords()
    {
        // The seen set hashes a freshly encoded row from its words and a stored row from its bytes
        // (when the table grows); a state must land on the same slot both ways.
        var random = new Random(7);
        for (var rowBytes = 1; rowBytes <= 24; rowBytes++)
        {
            for (var trial = 0; trial < 20; trial++)
            {
                var words = new ulong[(rowBytes + 7) / 8];
                var bytes = MemoryMarshal.AsBytes(words.AsSpan());
                random.NextBytes(bytes[..rowBytes]);

                Assert.Equal(StateHash.OfRow(bytes[..rowBytes]), StateHash.OfRowWords(words, rowBytes));
            }
        }
    }
}
