using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Emitted;

/// <summary>What one emitted method reads besides its context: constant values and the nodes it calls.</summary>
/// <param name="Constants">Values the method loads by index.</param>
/// <param name="Nodes">Nodes the method evaluates through the interpreter (cached constant expressions) or passes to helpers.</param>
internal sealed record EmitClosure(Value[] Constants, Node[] Nodes);
