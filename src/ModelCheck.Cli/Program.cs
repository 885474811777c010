using System.CommandLine;
using ModelCheck.Cli.Commands;

namespace ModelCheck.Cli;

/// <summary>Entry point of the <c>modelcheck</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("ModelCheck: an explicit-state model checker for TLA+ specifications.")
        {
            CheckCommand.Create(),
            BenchCommand.Create(),
            ReplayCommand.Create(),
            MatrixCommand.Create(),
        };
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Why: users must never see a .NET stack trace; a bug in the checker is reported as one line.
            Console.Error.Write($"modelcheck: internal error: {e.GetType().Name}: {e.Message}\n");
            return (int)Engine.Search.Verdict.InternalError;
        }
    }
}
