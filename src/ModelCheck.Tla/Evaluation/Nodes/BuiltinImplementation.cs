using ModelCheck.Engine.Diagnostics;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>The implementation of a standard-module operator on evaluated arguments.</summary>
internal delegate Value BuiltinImplementation(EvalContext ctx, SourceSpan span, ReadOnlySpan<Value> args);
