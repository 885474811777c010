namespace ModelCheck.Engine.Values;

/// <summary>Enumerates every combination of one element per range, the last range varying fastest.</summary>
internal static class Cartesian
{
    /// <summary>Most combinations a lazy set may enumerate.</summary>
    public const long Limit = 5_000_000;

    /// <summary>
    /// The product of the sizes of <paramref name="ranges"/>, or throws when it exceeds <see cref="Limit"/>
    /// (<paramref name="describe"/> names the set in the message).
    /// </summary>
    public static long Count(Value[][] ranges, Func<string> describe)
    {
        long count = 1;
        foreach (var range in ranges)
        {
            count *= range.Length;
            if (count > Limit)
            {
                throw new ValueException($"{describe()} has more than {Limit} elements, too many to enumerate");
            }
        }

        return count;
    }

    /// <summary>One value per combination, built by <paramref name="make"/> from a fresh array of the chosen elements.</summary>
    public static Value[] Combine(Value[][] ranges, long count, Func<Value[], Value> make)
    {
        var n = ranges.Length;
        var result = new Value[count];
        var digits = new int[n];
        for (var k = 0; k < count; k++)
        {
            var values = new Value[n];
            for (var i = 0; i < n; i++)
            {
                values[i] = ranges[i][digits[i]];
            }

            result[k] = make(values);
            for (var i = n - 1; i >= 0; i--)
            {
                if (++digits[i] < ranges[i].Length)
                {
                    break;
                }

                digits[i] = 0;
            }
        }

        return result;
    }
}
