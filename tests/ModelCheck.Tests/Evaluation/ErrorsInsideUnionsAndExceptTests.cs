using ModelCheck.Tests.Cli;
using Xunit;

namespace ModelCheck.Tests.Evaluation;

/// <summary>
/// Errors raised while adding one element to a set or changing several fields at once: the same
/// message, at the same place, as the general union and one EXCEPT update after the other.
/// </summary>
public sealed class ErrorsInsideUnionsAndExceptTests
{
    [Theory]
    // Comparing {Nat} with {Int} enumerates Nat; the error belongs to the union, not to the whole step.
    [InlineData("x = 0", "x' = IF {Nat} \\cup {Int} = {} THEN 1 ELSE 2", "M.tla:6:17: error TLC0075: cannot enumerate the infinite set Nat")]
    // With {e} first and one element in S, the union compares e with that element: Int is enumerated first.
    [InlineData("x = {Nat}", "x' = IF {Int} \\cup x = {} THEN x ELSE x", "M.tla:6:17: error TLC0075: cannot enumerate the infinite set Int")]
    [InlineData("x = {Nat, 1}", "x' = IF {Int} \\cup x = {} THEN x ELSE x", "M.tla:6:17: error TLC0075: cannot enumerate the infinite set")]
    // A function defined by a rule is built when it is changed, before the next field's new value is evaluated.
    [InlineData("x = 0", "x' = IF [<<g, x>> EXCEPT ![1].a = 1, ![1].b = CHOOSE y \\in {} : TRUE] = <<>> THEN 1 ELSE 2", "cannot enumerate the infinite set STRING")]
    public void Errors_AreThoseOfTheGeneralOperators(string init, string next, string expected)
    {
        using var dir = new TempDirectory();
        var spec = Path.Combine(dir.Path, "M.tla");
        File.WriteAllText(spec, $"""
            ---- MODULE M ----
            EXTENDS Naturals, Integers
            VARIABLE x
            g[s \in STRING] == IF s = "" THEN 0 ELSE g[""]
            Init == {init}
            Next == {next}
            ====
            """);
        File.WriteAllText(Path.Combine(dir.Path, "M.cfg"), "INIT Init\nNEXT Next\n");

        var run = CliRun.Check(spec);

        Assert.Equal(75, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }
}
