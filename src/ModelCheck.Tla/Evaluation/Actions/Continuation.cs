namespace ModelCheck.Tla.Evaluation.Actions;

/// <summary>What to do after an action has made its choices: the remaining conjuncts, or emitting the state.</summary>
internal abstract class Continuation
{
    /// <summary>Runs the rest of the enumeration.</summary>
    public abstract void Run(EvalContext ctx);
}
