namespace ModelCheck.Cli;

/// <summary>Entry point of the <c>modelcheck</c> command.</summary>
internal static class Program
{
    private static int Main() => 0;
}
