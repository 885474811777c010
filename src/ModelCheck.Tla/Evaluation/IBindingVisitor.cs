namespace ModelCheck.Tla.Evaluation;

/// <summary>Called once per combination of bound values; return false to stop early.</summary>
internal interface IBindingVisitor
{
    /// <summary>Visits the current binding.</summary>
    bool Visit(EvalContext ctx);
}
