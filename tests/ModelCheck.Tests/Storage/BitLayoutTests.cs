using ModelCheck.Engine.Storage;
using Xunit;

namespace ModelCheck.Tests.Storage;

/// <summary>Bit fields sized from the ids seen: widths, encoding and decoding across word boundaries.</summary>
public sealed class BitLayoutTests
{
    [Theory]
    [InlineData(0u, 0)]
    [InlineData(1u, 0)]
    [InlineData(2u, 1)]
    [InlineData(3u, 2)]
    [InlineData(4u, 2)]
    [InlineData(5u, 3)]
    [InlineData(30u, 5)]
    [InlineData(1u << 31, 31)]
    [InlineData((1u << 31) + 1, 32)]
    [InlineData(uint.MaxValue, 32)]
    public void WidthIsTheBitsOfTheLargestId(uint bound, int width) => Assert.Equal(width, BitLayout.WidthFor(bound));

    [Fact]
    public void GridPacksIntoThreeBytes()
    {
        var layout = new BitLayout([1, 30, 30, 30, 30]);
        Assert.Equal(20, layout.TotalBits);
        Assert.Equal(3, layout.RowBytes);
    }

    [Fact]
    public void RoundTripsFieldsThatStraddleWords()
    {
        uint[] bounds = [uint.MaxValue, 100, 1u << 31, 1, 7, uint.MaxValue, 3, 1000, (1u << 20) + 1, 2];
        var layout = new BitLayout(bounds);
        var random = new Random(12345);
        for (var round = 0; round < 1000; round++)
        {
            var key = new uint[bounds.Length];
            for (var i = 0; i < key.Length; i++)
            {
                key[i] = bounds[i] <= 1 ? 0 : (uint)random.NextInt64(bounds[i]);
            }

            var scratch = new ulong[layout.ScratchWords];
            Assert.True(layout.TryEncode(key, scratch));
            var row = System.Runtime.InteropServices.MemoryMarshal.AsBytes(scratch.AsSpan())[..layout.RowBytes].ToArray();
            var decoded = new uint[key.Length];
            layout.Decode(row, decoded, new ulong[layout.ScratchWords]);
            Assert.Equal(key, decoded);
        }
    }

    [Fact]
    public void AnIdWiderThanItsFieldDoesNotEncode()
    {
        var layout = new BitLayout([4, 1]);
        var scratch = new ulong[layout.ScratchWords];
        Assert.True(layout.TryEncode([3, 0], scratch));
        Assert.False(layout.TryEncode([4, 0], scratch));
        Assert.False(layout.TryEncode([0, 1], scratch));
    }
}
