using System.Text.Json;
using ModelCheck.Tests.Cli;
using Xunit;

namespace ModelCheck.Tests.Conformance;

/// <summary>
/// Checks the models of ../shared/conformance against TLC's results: verdict, exact counts, and the
/// length of the shortest counterexample. Skipped with a message when ../shared is absent.
/// </summary>
public sealed class ConformanceTests
{
    public static IEnumerable<object[]> CoreModels => ConformanceModel.Load("core");

    [SharedTheory]
    [MemberData(nameof(CoreModels))]
    public void Core_MatchesTlcWithOneWorker(ConformanceModel model)
    {
        var run = CliRun.Check(model.Spec, model.Config, workers: 1);

        Assert.True(model.Result == run.Result, $"{model.Id}: expected {model.Result}, got {run.Result}\n{run.Stdout}\n{run.Stderr}");
        if (model.Result == "success")
        {
            Assert.Equal(model.DistinctStates, run.Number("distinctStates"));
            Assert.Equal(model.TotalStates, run.Number("totalStates"));
            Assert.Equal(model.StateDepth, (int)run.Number("stateDepth"));
        }
        else
        {
            Assert.Equal(model.TraceLength, run.TraceLength);
        }
    }

    public static IEnumerable<object[]> BreadthModels => ConformanceModel.Load("breadth");

    [SharedTheory]
    [MemberData(nameof(BreadthModels))]
    public void Breadth_MatchesTlcWithOneWorker(ConformanceModel model) => Core_MatchesTlcWithOneWorker(model);

    [SharedTheory]
    [MemberData(nameof(BreadthModels))]
    public void Breadth_OneAndTwoWorkersGiveIdenticalResults(ConformanceModel model) => Core_OneAndTwoWorkersGiveIdenticalResults(model);

    public static IEnumerable<object[]> LivenessModels => ConformanceModel.Load("liveness");

    [SharedTheory]
    [MemberData(nameof(LivenessModels))]
    public void Liveness_MatchesTlc(ConformanceModel model)
    {
        var run = CliRun.Check(model.Spec, model.Config, workers: 1);

        Assert.True(model.Result == run.Result, $"{model.Id}: expected {model.Result}, got {run.Result}\n{run.Stdout}\n{run.Stderr}");
        Assert.Equal(model.DistinctStates ?? run.Number("distinctStates"), run.Number("distinctStates"));
        if (model.Result == "success")
        {
            Assert.Equal(model.TotalStates, run.Number("totalStates"));
        }
        else
        {
            // TLC's lasso is not always the shortest; ours must be no longer.
            Assert.InRange(run.TraceLength!.Value, 1, model.TraceLength!.Value);
        }
    }

    [SharedTheory]
    [MemberData(nameof(LivenessModels))]
    public void Liveness_OneAndTwoWorkersGiveIdenticalResults(ConformanceModel model) => Core_OneAndTwoWorkersGiveIdenticalResults(model);

    [SharedTheory]
    [MemberData(nameof(CoreModels))]
    public void Core_OneAndTwoWorkersGiveIdenticalResults(ConformanceModel model)
    {
        var one = CliRun.Check(model.Spec, model.Config, workers: 1);
        var two = CliRun.Check(model.Spec, model.Config, workers: 2);

        Assert.Equal(one.ExitCode, two.ExitCode);
        Assert.Equal(one.StdoutAfterHeader, two.StdoutAfterHeader);
        Assert.Equal(WithoutRunFacts(one.Report), WithoutRunFacts(two.Report));
    }

    private static string WithoutRunFacts(JsonElement report)
    {
        var fields = report.EnumerateObject()
            .Where(p => p.Name is not ("workers" or "elapsedSeconds"))
            .Select(p => $"{p.Name}={p.Value.GetRawText()}");
        return string.Join("\n", fields);
    }
}
