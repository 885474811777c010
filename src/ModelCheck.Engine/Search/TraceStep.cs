using ModelCheck.Engine.Values;

namespace ModelCheck.Engine.Search;

/// <summary>One state of a counterexample and the action that led to it (null for an initial state).</summary>
internal sealed record TraceStep(Value[] State, string? Action);
