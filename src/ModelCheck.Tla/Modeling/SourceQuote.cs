namespace ModelCheck.Tla.Modeling;

/// <summary>Quotes a piece of the spec's source in messages.</summary>
internal static class SourceQuote
{
    /// <summary>
    /// Restores the parentheses that the span of a parenthesised operand leaves out, so that
    /// <c>(a) ~&gt; (b)</c> is quoted whole.
    /// </summary>
    public static string Balance(string text)
    {
        var depth = 0;
        var missingOpen = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                if (depth == 0)
                {
                    missingOpen++;
                }
                else
                {
                    depth--;
                }
            }
        }

        return new string('(', missingOpen) + text + new string(')', depth);
    }
}
