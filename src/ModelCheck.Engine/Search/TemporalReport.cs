using System.Collections.Immutable;

namespace ModelCheck.Engine.Search;

/// <summary>What the liveness check reports besides the verdict.</summary>
/// <param name="Warnings">Vacuity warnings.</param>
/// <param name="ViolatedPart">The part of the violated property, as written.</param>
/// <param name="FairBy">The fairness constraints whose actions the counterexample's cycle takes.</param>
/// <param name="Stuttering">True when the counterexample ends by stuttering forever.</param>
/// <param name="Transitions">Transitions in the recorded state graph.</param>
/// <param name="BytesPerTransition">Memory the graph holds per transition.</param>
internal sealed record TemporalReport(
    ImmutableArray<string> Warnings,
    string? ViolatedPart,
    ImmutableArray<string> FairBy,
    bool Stuttering,
    long Transitions,
    int BytesPerTransition);
