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
        };
        return root.Parse(args).Invoke();
    }
}
