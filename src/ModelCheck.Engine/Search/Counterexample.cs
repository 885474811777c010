using System.Collections.Immutable;

namespace ModelCheck.Engine.Search;

/// <summary>
/// A behaviour that shows a violation: states from an initial state, and for a lasso the index of the
/// state the last one loops back to.
/// </summary>
/// <param name="Variables">Variable names, in the order of each state's values.</param>
/// <param name="Steps">The states, first one initial.</param>
/// <param name="LoopIndex">For a lasso, the 0-based index of the state the behaviour returns to; null otherwise.</param>
internal sealed record Counterexample(ImmutableArray<string> Variables, ImmutableArray<TraceStep> Steps, int? LoopIndex = null);
