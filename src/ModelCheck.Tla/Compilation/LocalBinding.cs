using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Syntax;

namespace ModelCheck.Tla.Compilation;

/// <summary>What a locally bound name stands for.</summary>
internal abstract record LocalBinding(FrameLayout Owner);

/// <summary>A parameter or bound variable in a slot.</summary>
internal sealed record SlotBinding(FrameLayout Owner, int Slot) : LocalBinding(Owner);

/// <summary>An operator parameter of arity &gt; 0 (higher-order), holding a closure in a slot.</summary>
internal sealed record OperatorParameterBinding(FrameLayout Owner, int Slot, int Arity) : LocalBinding(Owner);

/// <summary>A LET definition: compiled as an operator of the enclosing frame; zero-parameter state-level ones are cached in <see cref="CacheSlot"/>.</summary>
internal sealed record LetBinding(FrameLayout Owner, CompiledOperator Operator, Unit Definition, int CacheSlot) : LocalBinding(Owner);

/// <summary>A name bound to a value known at compile time (a quantified temporal formula expanded per value).</summary>
internal sealed record ValueBinding(FrameLayout Owner, ModelCheck.Engine.Values.Value Value) : LocalBinding(Owner);
