namespace ModelCheck.Tla.Syntax;

/// <summary>One field of a record or record-set constructor.</summary>
internal sealed record FieldInit(string Name, Expr Value);
